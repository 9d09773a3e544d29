package org.truce.negotiate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.truce.model.Actor;
import org.truce.model.Holdings;
import org.truce.model.Instrument;
import org.truce.model.ModelPrinter;
import org.truce.model.Phase;
import org.truce.model.SourceMap;
import org.truce.negotiate.internal.SourceLines;
import org.truce.negotiate.internal.Spelling;

/**
 * A diff as plain text, one line per change: {@code +} added, {@code -} removed, {@code ~} changed;
 * the header first, then actors, holdings, interests and clauses. Unchanged clauses are left out.
 * Where a side's source map is given, a line ends with where the element is: {@code (line 157)} in
 * the new text, {@code (old line 25)} for what was removed.
 *
 * <pre>
 * ~ tabled by: israel -&gt; hamas
 * ~ actor qatar: roles mediator -&gt; mediator, guarantor (line 36)
 * ~ [1.6 "Ratio for civilians"] exchange ratio: per unit 30 -&gt; 40 (line 72)
 * + [7 "Assurances"] assurance: qatar, us ensure hostilities paused (line 157)
 * </pre>
 */
public final class ClauseDiffText {
  private ClauseDiffText() {}

  /** Without source maps: no line numbers. */
  public static String render(ClauseChanges changes) {
    return render(changes, Optional.empty(), Optional.empty());
  }

  /**
   * With the source maps of the old and new texts, for line numbers; a side read from JSON has
   * none.
   */
  public static String render(
      ClauseChanges changes, Optional<SourceMap> oldMap, Optional<SourceMap> newMap) {
    SourceLines lines = new SourceLines(oldMap, newMap);
    List<String> out = new ArrayList<>();
    changes.header().forEach(change -> out.add(header(change)));
    for (ActorChange change : changes.actors()) {
      String details =
          change.change() == Change.CHANGED
              ? "actor " + change.name() + ": " + actorChanged(change)
              : "actor: " + sides(change.before(), change.after(), ModelPrinter::clause);
      out.add(line(change.change(), details, lines, change.before(), change.after()));
    }
    for (HoldingChange change : changes.holdings()) {
      String details =
          "held by "
              + change.holder()
              + ": "
              + change.category()
              + " "
              + sides(change.before(), change.after(), ClauseDiffText::holding);
      out.add(line(change.change(), details, lines, change.before(), change.after()));
    }
    changes.interests().forEach(change -> clause(change, lines, false).ifPresent(out::add));
    changes.clauses().forEach(change -> clause(change, lines, true).ifPresent(out::add));
    return out.stream().map(line -> line + "\n").collect(Collectors.joining());
  }

  private static String header(HeaderChange change) {
    HeaderChange.Field field = change.field();
    Function<String, String> spell = value -> field.quoted() ? Spelling.quote(value) : value;
    Change kind =
        change.before().isEmpty()
            ? Change.ADDED
            : change.after().isEmpty() ? Change.REMOVED : Change.CHANGED;
    return sign(kind) + field.words() + ": " + sides(change.before(), change.after(), spell);
  }

  private static String actorChanged(ActorChange change) {
    Actor old = change.before().orElseThrow();
    Actor now = change.after().orElseThrow();
    List<String> parts = new ArrayList<>();
    if (!old.roles().equals(now.roles())) {
      parts.add("roles " + Spelling.roles(old.roles()) + " -> " + Spelling.roles(now.roles()));
    }
    if (!old.fullName().equals(now.fullName())) {
      parts.add(
          "full name " + Spelling.quote(old.fullName()) + " -> " + Spelling.quote(now.fullName()));
    }
    return String.join("; ", parts);
  }

  private static String holding(Holdings.Entry entry) {
    return Spelling.amount(entry)
        + entry.description().map(description -> " " + Spelling.quote(description)).orElse("");
  }

  /** {@code showKind} false for interests, whose text begins with {@code interest} already. */
  private static Optional<String> clause(ClauseChange change, SourceLines lines, boolean showKind) {
    if (change.change() == Change.UNCHANGED) {
      return Optional.empty();
    }
    ClauseVersion current = change.current();
    StringBuilder details = new StringBuilder();
    Spelling.tag(current.ref()).ifPresent(tag -> details.append(tag).append(' '));
    // An instrument's declaration begins with `instrument` already.
    if (showKind && !(current.element() instanceof Instrument)) {
      details.append(current.kind());
      if (current.ref().id().isEmpty() && !(current.element() instanceof Phase)) {
        // Without a tag, the phase tells the reader which clause this is.
        current.phase().ifPresent(phase -> details.append(" in phase ").append(phase));
      }
      // A tag does not say which instrument a clause belongs to.
      current.ref().instrument().ifPresent(name -> details.append(" in instrument ").append(name));
      details.append(": ");
    }
    details.append(
        change.change() == Change.CHANGED
            ? changed(change)
            : sides(change.before(), change.after(), ClauseVersion::text));
    Optional<Object> before = change.before().map(ClauseVersion::element);
    Optional<Object> after = change.after().map(ClauseVersion::element);
    return Optional.of(line(change.change(), details.toString(), lines, before, after));
  }

  /** What changed in a matched clause: its tag, its phase, its numbers or else its wording. */
  private static String changed(ClauseChange change) {
    ClauseVersion old = change.before().orElseThrow();
    ClauseVersion now = change.after().orElseThrow();
    List<String> parts = new ArrayList<>();
    if (!old.ref().id().equals(now.ref().id()) || !old.ref().label().equals(now.ref().label())) {
      parts.add(
          "tag "
              + Spelling.tag(old.ref()).orElse("none")
              + " -> "
              + Spelling.tag(now.ref()).orElse("none"));
    }
    if (change.moved()) {
      parts.add("moved from " + place(old) + " to " + place(now));
    }
    if (change.numbersOnly()) {
      change.numbers().forEach(number -> parts.add(number(number)));
    } else if (!old.text().equals(now.text())) {
      parts.add(old.text() + " -> " + now.text());
    }
    return String.join("; ", parts);
  }

  private static String place(ClauseVersion version) {
    return version
        .phase()
        .map(phase -> "phase " + phase)
        .or(() -> version.ref().instrument().map(name -> "instrument " + name))
        .orElse("the top level");
  }

  /** {@code per unit 30 -> 40}; {@code none} where the clause has no such number. */
  private static String number(NumberChange number) {
    return number.name()
        + " "
        + number.before().map(String::valueOf).orElse("none")
        + " -> "
        + number.after().map(String::valueOf).orElse("none");
  }

  /** {@code old -> new}, or the one side there is. */
  private static <T> String sides(
      Optional<T> before, Optional<T> after, Function<T, String> spell) {
    if (before.isPresent() && after.isPresent()) {
      return spell.apply(before.get()) + " -> " + spell.apply(after.get());
    }
    return spell.apply(after.or(() -> before).orElseThrow());
  }

  /** The line of a change, ending with where the element is in the text that has it. */
  private static String line(
      Change change, String details, SourceLines lines, Optional<?> before, Optional<?> after) {
    Optional<String> where =
        change == Change.REMOVED
            ? lines.before(before).map(line -> " (old line " + line + ")")
            : lines.after(after).map(line -> " (line " + line + ")");
    return sign(change) + details + where.orElse("");
  }

  private static String sign(Change change) {
    return switch (change) {
      case ADDED -> "+ ";
      case REMOVED -> "- ";
      case CHANGED, UNCHANGED -> "~ ";
    };
  }
}
