package org.truce.ledger.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.truce.ledger.Done;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Event.Counted;
import org.truce.ledger.NotMonitored;
import org.truce.ledger.Suspension;
import org.truce.ledger.TalksState;
import org.truce.ledger.Termination;
import org.truce.ledger.Total;
import org.truce.source.DiagnosticCode;

/**
 * Builds the body of an event entry from its checked fields ({@link EntryBuilder}): counts are
 * whole numbers, hours {@code HH:MM}, {@code counted} one of its two readings. Every bad field is
 * reported, not just the first.
 */
final class EventBodies {
  private final EntryBuilder fields;

  EventBodies(EntryBuilder fields) {
    this.fields = fields;
  }

  Optional<Entry.Body> of(EntryKind kind) {
    Optional<LocalTime> at = fields.word("at", fields::time);
    Optional<String> clause = fields.value("clause");
    Optional<String> text = fields.value("text");
    Optional<Event> event =
        switch (kind) {
          case IN_FORCE -> {
            Optional<String> amends = fields.word("amends", fields::id);
            yield fields
                .value("version")
                .filter(v -> valid("amends", amends))
                .map(version -> new Event.InForce(version, at, amends));
          }
          case RELEASE, REMAINS -> release(kind, at, clause);
          case HANDOVER -> {
            Optional<Long> count = fields.word("count", f -> fields.count(f, 1));
            Optional<String> release = fields.word("release", fields::id);
            yield EntryBuilder.all(fields.value("by"), fields.value("via"))
                .filter(x -> valid("count", count) && valid("release", release))
                .map(
                    x ->
                        new Event.Handover(
                            fields.value("by").get(),
                            fields.value("via").get(),
                            fields.value("to"),
                            release,
                            count,
                            at,
                            text));
          }
          case EXTENSION -> {
            Optional<Long> days = fields.word("days", f -> fields.count(f, 1));
            yield days.map(d -> new Event.Extension(d, list("by"), clause, at, text));
          }
          case PAUSED, RESUMED ->
              Optional.of(new Event.Hostilities(kind, list("by"), clause, at, text));
          case SUSPENDED, REINSTATED ->
              fields.value("by").map(by -> new Suspension(kind, by, clause, at, text));
          case TERMINATED -> fields.value("by").map(by -> new Termination(by, at, text));
          case AID -> {
            Optional<Long> count = fields.word("count", f -> fields.count(f, 1));
            Optional<LocalDate> from = fields.word("from", fields::date);
            yield EntryBuilder.all(fields.value("what"), count)
                .filter(x -> valid("from", from))
                .map(
                    x ->
                        new Event.Aid(
                            fields.value("what").get(),
                            count.get(),
                            from,
                            fields.value("by"),
                            clause,
                            at,
                            text));
          }
          case WITHDRAWAL ->
              EntryBuilder.all(fields.value("by"), fields.value("area"))
                  .map(
                      x ->
                          new Event.Withdrawal(
                              fields.value("by").get(),
                              fields.value("area").get(),
                              clause,
                              at,
                              text,
                              fields.value("remaining")));
          case VIOLATION -> {
            Optional<Long> count = fields.word("count", f -> fields.count(f, 1));
            yield EntryBuilder.all(fields.value("by"), fields.value("against"), text)
                .filter(x -> valid("count", count))
                .map(
                    x ->
                        new Event.Violation(
                            fields.value("by").get(),
                            fields.value("against").get(),
                            text.get(),
                            count,
                            clause,
                            at));
          }
          case DISPUTE -> dispute(text);
          case TALKS -> {
            Optional<TalksState> state = fields.word("state", this::talksState);
            yield EntryBuilder.all(fields.value("on"), state)
                .map(
                    x ->
                        new Event.Talks(
                            fields.value("on").get(),
                            state.get(),
                            fields.value("judged by"),
                            at,
                            text));
          }
          case NOT_MONITORED ->
              EntryBuilder.all(clause, fields.value("reason"))
                  .map(x -> new NotMonitored(clause.get(), fields.value("reason").get()));
          case TOTAL -> {
            Optional<Long> count = fields.word("count", f -> fields.count(f, 0));
            Optional<LocalDate> on = fields.word("on", fields::date);
            yield EntryBuilder.all(fields.value("by"), fields.value("category"), count)
                .filter(x -> valid("on", on))
                .map(
                    x ->
                        new Total(
                            fields.value("by").get(),
                            fields.value("category").get(),
                            count.get(),
                            on,
                            text));
          }
          case DONE ->
              EntryBuilder.all(fields.value("by"), clause)
                  .map(
                      x ->
                          new Done(
                              fields.value("by").get(),
                              clause.get(),
                              fields.value("remaining"),
                              at,
                              text));
          default -> throw new IllegalArgumentException("not an event: " + kind);
        };
    // A bad hour leaves the event unbuilt even when the rest is right.
    return event.filter(e -> valid("at", at)).map(e -> e);
  }

  private Optional<Event> release(EntryKind kind, Optional<LocalTime> at, Optional<String> clause) {
    Optional<Long> count =
        fields.value("count").filter(Event.Release.NOT_REPORTED::equals).isPresent()
            ? unreported(kind)
            : fields.word("count", f -> fields.count(f, 1));
    Optional<Counted> counted = fields.word("counted", this::counted);
    Optional<LocalDate> toward = fields.word("counted toward", fields::date);
    if (!valid("counted", counted) || !valid("counted toward", toward)) {
      return Optional.empty();
    }
    return EntryBuilder.all(fields.value("by"), fields.value("category"), count)
        .map(
            x ->
                new Event.Release(
                    kind,
                    fields.value("by").get(),
                    fields.value("category").get(),
                    count.get(),
                    counted.orElse(Counted.IN_DEAL),
                    toward,
                    list("names"),
                    fields.value("via"),
                    at,
                    clause,
                    kind == EntryKind.RELEASE ? fields.value("substitutes") : Optional.empty()));
  }

  /**
   * A release whose count was not reported (count 0, docs/monitor.md): it may not name people
   * (their number would be its count) nor stand in for units due first (a substitution says how
   * many).
   */
  private Optional<Long> unreported(EntryKind kind) {
    boolean valid = true;
    if (fields.has("names")) {
      fields.reportAt("names", DiagnosticCode.JOURNAL_UNREPORTED_COUNT_NAMES, kind.word());
      valid = false;
    }
    if (fields.has("substitutes")) {
      fields.reportAt("substitutes", DiagnosticCode.JOURNAL_UNREPORTED_COUNT_SUBSTITUTES);
      valid = false;
    }
    return valid ? Optional.of(0L) : Optional.empty();
  }

  private Optional<Event> dispute(Optional<String> text) {
    Optional<String> target = fields.word("disputes", fields::id);
    Optional<Long> count = fields.word("count", f -> fields.count(f, 0));
    Optional<Counted> counted = fields.word("counted", this::counted);
    Optional<LocalDate> toward = fields.word("counted toward", fields::date);
    if (!valid("count", count) || !valid("counted", counted) || !valid("counted toward", toward)) {
      return Optional.empty();
    }
    if (count.isEmpty() && counted.isEmpty() && toward.isEmpty()) {
      fields.reportEntry(
          DiagnosticCode.JOURNAL_DISPUTE_NO_FIGURE,
          Values.oneOf(List.of("count", "counted", "counted toward")));
      return Optional.empty();
    }
    return target.map(t -> new Event.Dispute(t, count, counted, toward, text));
  }

  private Optional<Counted> counted(RawField field) {
    return fields.oneOf(
        field, "answer for `counted`", Counted.fromWords(field.value()), Counted.allWords());
  }

  private Optional<TalksState> talksState(RawField field) {
    return fields.oneOf(
        field, "state of talks", TalksState.fromWords(field.value()), TalksState.allWords());
  }

  private List<String> list(String name) {
    return fields.value(name).map(Values::list).orElse(List.of());
  }

  /** False when the entry gives the field but its value could not be read (already reported). */
  private boolean valid(String name, Optional<?> read) {
    return read.isPresent() || !fields.has(name);
  }
}
