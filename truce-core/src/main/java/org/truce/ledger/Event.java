package org.truce.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import org.truce.ledger.internal.EventFields;

/**
 * What happens once an agreement is in force, as the monitor replays it (docs/monitor.md): the
 * bodies of the event entries of a ledger. Every event may give the hour it happened ({@code at},
 * local time of the agreement) and most may name the clause they perform or breach.
 */
public sealed interface Event extends Entry.Body
    permits Event.InForce,
        Event.Release,
        Event.Handover,
        Event.Extension,
        Event.Hostilities,
        Suspension,
        Termination,
        Event.Aid,
        Event.Withdrawal,
        Event.Violation,
        Event.Dispute,
        Event.Talks,
        NotMonitored,
        Total,
        Done {

  /** The hour the event happened, when the report gives it. */
  Optional<LocalTime> at();

  /** The clause the event performs, extends or is said to breach, when given. */
  default Optional<String> clause() {
    return Optional.empty();
  }

  /**
   * The event's own fields as the journal writes them, in the order of {@link EntryKind#fields()},
   * absent ones left out.
   */
  SequencedMap<String, String> fields();

  /** Whether a release counts in the exchange the agreement provides for. */
  enum Counted {
    IN_DEAL("in the deal"),
    OUTSIDE_DEAL("outside the deal");

    private final String words;

    Counted(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }

    public static Optional<Counted> fromWords(String words) {
      return java.util.Arrays.stream(values()).filter(c -> c.words.equals(words)).findFirst();
    }

    public static List<String> allWords() {
      return java.util.Arrays.stream(values()).map(Counted::words).toList();
    }
  }

  /**
   * A version of the agreement enters into force on the entry's date, at the hour given. With
   * {@code amends}, the id of an earlier {@code in-force} entry, it amends the agreement that entry
   * put in force: its days go on counting from that entry's moment (docs/monitor.md, "Amendments").
   */
  record InForce(String version, Optional<LocalTime> at, Optional<String> amends) implements Event {
    /** A version that starts a count of days of its own. */
    public InForce(String version, Optional<LocalTime> at) {
      this(version, at, Optional.empty());
    }

    @Override
    public EntryKind kind() {
      return EntryKind.IN_FORCE;
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields().put("version", version).put("at", at).put("amends", amends).map();
    }
  }

  /**
   * {@code by} releases {@code count} units of {@code category} (a {@link EntryKind#RELEASE}), or
   * returns the remains of {@code count} ({@link EntryKind#REMAINS}). {@code counted} says whether
   * the release counts in the deal; {@code countedToward} names the day whose quota a source
   * counted it toward, when that is not its own day. {@code substitutes} names the category of the
   * units due that this release stands in for, as the parties agreed (a substitution under an order
   * between releases, docs/monitor.md). A {@code count} of 0 is a release whose count was not
   * reported ({@code count: not reported}, docs/monitor.md "Releases whose count is not reported"):
   * at least one unit, how many not known.
   */
  record Release(
      EntryKind kind,
      String by,
      String category,
      long count,
      Counted counted,
      Optional<LocalDate> countedToward,
      List<String> names,
      Optional<String> via,
      Optional<LocalTime> at,
      @Override Optional<String> clause,
      Optional<String> substitutes)
      implements Event {
    /** A release that stands in for nothing. */
    public Release(
        EntryKind kind,
        String by,
        String category,
        long count,
        Counted counted,
        Optional<LocalDate> countedToward,
        List<String> names,
        Optional<String> via,
        Optional<LocalTime> at,
        Optional<String> clause) {
      this(
          kind,
          by,
          category,
          count,
          counted,
          countedToward,
          names,
          via,
          at,
          clause,
          Optional.empty());
    }

    public Release {
      if (kind != EntryKind.RELEASE && kind != EntryKind.REMAINS) {
        throw new IllegalArgumentException("a release is a release or a return of remains");
      }
      if (count < 0) {
        throw new IllegalArgumentException(
            "a release is of at least one, or of a count not reported");
      }
      names = List.copyOf(names);
    }

    /** The words of the journal for a count that was not reported. */
    public static final String NOT_REPORTED = "not reported";

    /** False for a release whose count was not reported ({@code count} is then 0). */
    public boolean countReported() {
      return count > 0;
    }

    @Override
    public SequencedMap<String, String> fields() {
      EventFields f =
          new EventFields()
              .put("by", by)
              .put("category", category)
              .put("count", count > 0 ? String.valueOf(count) : NOT_REPORTED);
      if (kind == EntryKind.RELEASE) {
        f.put(
            "counted", counted == Counted.IN_DEAL ? Optional.empty() : Optional.of(counted.words));
        f.put("counted toward", countedToward);
      }
      f.list("names", names).put("via", via).put("at", at).put("clause", clause);
      if (kind == EntryKind.RELEASE) {
        f.put("substitutes", substitutes);
      }
      return f.map();
    }
  }

  /** {@code by} hands people or remains over through the intermediary {@code via}. */
  record Handover(
      String by,
      String via,
      Optional<String> to,
      Optional<String> release,
      Optional<Long> count,
      Optional<LocalTime> at,
      Optional<String> text)
      implements Event {
    @Override
    public EntryKind kind() {
      return EntryKind.HANDOVER;
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields()
          .put("by", by)
          .put("via", via)
          .put("to", to)
          .put("release", release)
          .put("count", count)
          .put("at", at)
          .put("text", text)
          .map();
    }
  }

  /**
   * The parties agree to extend a phase by {@code days}: the phase of {@code clause}, else the
   * phase in force on the entry's date.
   */
  record Extension(
      long days,
      List<String> by,
      @Override Optional<String> clause,
      Optional<LocalTime> at,
      Optional<String> text)
      implements Event {
    public Extension {
      if (days < 1) {
        throw new IllegalArgumentException("an extension is of at least one day");
      }
      by = List.copyOf(by);
    }

    @Override
    public EntryKind kind() {
      return EntryKind.EXTENSION;
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields()
          .put("days", days)
          .list("by", by)
          .put("clause", clause)
          .put("at", at)
          .put("text", text)
          .map();
    }
  }

  /** Hostilities are paused ({@link EntryKind#PAUSED}) or resumed ({@link EntryKind#RESUMED}). */
  record Hostilities(
      EntryKind kind,
      List<String> by,
      @Override Optional<String> clause,
      Optional<LocalTime> at,
      Optional<String> text)
      implements Event {
    public Hostilities {
      if (kind != EntryKind.PAUSED && kind != EntryKind.RESUMED) {
        throw new IllegalArgumentException("hostilities are paused or resumed");
      }
      by = List.copyOf(by);
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields()
          .list("by", by)
          .put("clause", clause)
          .put("at", at)
          .put("text", text)
          .map();
    }
  }

  /** {@code count} of {@code what} (trucks of aid, litres of fuel) delivered. */
  record Aid(
      String what,
      long count,
      Optional<LocalDate> from,
      Optional<String> by,
      @Override Optional<String> clause,
      Optional<LocalTime> at,
      Optional<String> text)
      implements Event {
    @Override
    public EntryKind kind() {
      return EntryKind.AID;
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields()
          .put("what", what)
          .put("count", count)
          .put("from", from)
          .put("by", by)
          .put("clause", clause)
          .put("at", at)
          .put("text", text)
          .map();
    }
  }

  /**
   * {@code by} has withdrawn as far as {@code area} requires; with {@code remaining}, in part only,
   * what remains left undone (docs/monitor.md, "Deadlines, done and done in part").
   */
  record Withdrawal(
      String by,
      String area,
      @Override Optional<String> clause,
      Optional<LocalTime> at,
      Optional<String> text,
      Optional<String> remaining)
      implements Event {
    /** A withdrawal done in full. */
    public Withdrawal(
        String by,
        String area,
        Optional<String> clause,
        Optional<LocalTime> at,
        Optional<String> text) {
      this(by, area, clause, at, text, Optional.empty());
    }

    @Override
    public EntryKind kind() {
      return EntryKind.WITHDRAWAL;
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields()
          .put("by", by)
          .put("area", area)
          .put("clause", clause)
          .put("remaining", remaining)
          .put("at", at)
          .put("text", text)
          .map();
    }
  }

  /**
   * {@code by} alleges that {@code against} breached the agreement (clause {@code clause}); {@code
   * count}, when the allegation counts them, is the number of violations it alleges.
   */
  record Violation(
      String by,
      String against,
      String text,
      Optional<Long> count,
      @Override Optional<String> clause,
      Optional<LocalTime> at)
      implements Event {
    @Override
    public EntryKind kind() {
      return EntryKind.VIOLATION;
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields()
          .put("by", by)
          .put("against", against)
          .put("text", text)
          .put("count", count)
          .put("clause", clause)
          .put("at", at)
          .map();
    }
  }

  /**
   * A second report of the event {@code disputes} that gives other figures: each one given here
   * differs from that entry's. The two readings are both kept; neither replaces the other.
   */
  record Dispute(
      String disputes,
      Optional<Long> count,
      Optional<Counted> counted,
      Optional<LocalDate> countedToward,
      Optional<String> text)
      implements Event {
    public Dispute {
      Objects.requireNonNull(disputes, "disputes");
      if (count.isEmpty() && counted.isEmpty() && countedToward.isEmpty()) {
        throw new IllegalArgumentException("a dispute gives at least one other figure");
      }
    }

    @Override
    public EntryKind kind() {
      return EntryKind.DISPUTE;
    }

    @Override
    public Optional<LocalTime> at() {
      return Optional.empty();
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields()
          .put("disputes", disputes)
          .put("count", count)
          .put("counted", counted.map(Counted::words))
          .put("counted toward", countedToward)
          .put("text", text)
          .map();
    }
  }

  /**
   * The talks on phase {@code on} stand as {@code state} (begun, progressing, stalled, agreed,
   * broken off), as the entry's source reports them, or as {@code judgedBy} judges them when given.
   */
  record Talks(
      String on,
      TalksState state,
      Optional<String> judgedBy,
      Optional<LocalTime> at,
      Optional<String> text)
      implements Event {
    @Override
    public EntryKind kind() {
      return EntryKind.TALKS;
    }

    @Override
    public SequencedMap<String, String> fields() {
      return new EventFields()
          .put("on", on)
          .put("state", state.words())
          .put("judged by", judgedBy)
          .put("at", at)
          .put("text", text)
          .map();
    }
  }
}
