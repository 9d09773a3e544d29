package org.truce.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Random ledger entries for property tests: every kind, every optional field present or not, and
 * values with any printable characters (colons, quotes, {@code #}, accents, non-Latin scripts) that
 * a journal line can hold.
 */
final class EntryGenerator {
  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_.";
  private static final String TEXT_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"#()-/%éüçحماسשלום";

  private EntryGenerator() {}

  static Gen<Entry> entries() {
    return ids().zip(dates(), bodies(), provenances(), optional(ids()), Entry::new);
  }

  static Gen<String> ids() {
    Gen<String> first = Generate.pick(List.of("a", "b", "x", "7", "p"));
    return first.zip(chars(ID_CHARS, 0, 20), String::concat);
  }

  static Gen<LocalDate> dates() {
    return SourceDSL.integers()
        .between(0, 20_000)
        .map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
  }

  /** One-line text, not blank, without surrounding spaces: what a field's value can be. */
  static Gen<String> texts() {
    return chars(TEXT_CHARS, 1, 60).map(String::strip).map(s -> s.isEmpty() ? "x" : s);
  }

  /** A list item: a text without commas. */
  static Gen<List<String>> lists() {
    Gen<String> item = texts().map(s -> s.replace(",", "").strip()).map(s -> s.isEmpty() ? "y" : s);
    return SourceDSL.lists().of(item).ofSizeBetween(0, 4);
  }

  static Gen<Entry.Body> bodies() {
    Gen<Entry.Body> tabled = texts().zip(optional(texts()), lists(), Entry.Tabled::new);
    Gen<Entry.Body> position =
        texts()
            .zip(
                texts(),
                texts(),
                Generate.enumValues(Stance.class),
                (party, clause, version, stance) -> new Object[] {party, clause, version, stance})
            .zip(
                optional(texts()),
                (parts, text) ->
                    new Entry.Position(
                        (String) parts[0],
                        (String) parts[1],
                        (String) parts[2],
                        (Stance) parts[3],
                        parts[3] == Stance.PROPOSES_TEXT && text.isEmpty()
                            ? Optional.of("a text")
                            : text));
    Gen<Entry.Body> statement =
        texts()
            .zip(
                texts(),
                optional(texts()),
                optional(texts()),
                (by, text, clause, version) ->
                    new Entry.Statement(
                        by,
                        text,
                        clause,
                        clause.isPresent() && version.isEmpty() ? clause : version));
    Gen<Entry.Body> meeting = texts().zip(texts(), lists(), Entry.Meeting::new);
    Gen<Entry.Body> retraction = ids().zip(texts(), Entry.Retraction::new);
    return Generate.oneOf(tabled, position, statement, meeting, retraction, events());
  }

  /** Every kind of event, with every optional field present or not. */
  static Gen<Entry.Body> events() {
    Gen<Optional<LocalTime>> at = optional(times());
    Gen<Long> count = SourceDSL.longs().between(1, 1_000_000);
    Gen<Entry.Body> inForce = texts().zip(at, Event.InForce::new);
    Gen<Entry.Body> release =
        Generate.pick(List.of(EntryKind.RELEASE, EntryKind.REMAINS))
            .zip(
                texts(),
                texts(),
                count,
                (kind, by, category, n) -> new Object[] {kind, by, category, n})
            .zip(
                Generate.enumValues(Event.Counted.class),
                optional(dates()),
                lists(),
                optional(texts()),
                (head, counted, toward, names, via) ->
                    new Object[] {head, counted, toward, names, via})
            .zip(at, optional(texts()), EntryGenerator::release);
    Gen<Entry.Body> handover =
        texts()
            .zip(
                texts(),
                optional(texts()),
                optional(ids()),
                (by, via, to, of) -> new Object[] {by, via, to, of})
            .zip(optional(count), at, optional(texts()), EntryGenerator::handover);
    Gen<Entry.Body> extension =
        count
            .zip(
                lists(),
                optional(texts()),
                at,
                (days, by, clause, time) -> new Object[] {days, by, clause, time})
            .zip(optional(texts()), EntryGenerator::extension);
    Gen<Entry.Body> hostilities =
        Generate.pick(List.of(EntryKind.PAUSED, EntryKind.RESUMED))
            .zip(
                lists(),
                optional(texts()),
                at,
                (kind, by, clause, time) -> new Object[] {kind, by, clause, time})
            .zip(optional(texts()), EntryGenerator::hostilities);
    Gen<Entry.Body> aid =
        texts()
            .zip(
                count,
                optional(texts()),
                optional(texts()),
                (what, n, by, clause) -> new Object[] {what, n, by, clause})
            .zip(at, optional(texts()), optional(dates()), EntryGenerator::aid);
    Gen<Entry.Body> withdrawal =
        texts()
            .zip(
                texts(),
                optional(texts()),
                at,
                (by, area, clause, time) -> new Object[] {by, area, clause, time})
            .zip(optional(texts()), optional(texts()), EntryGenerator::withdrawal);
    Gen<Entry.Body> done =
        texts()
            .zip(
                texts(),
                optional(texts()),
                at,
                (by, clause, remaining, time) -> new Object[] {by, clause, remaining, time})
            .zip(optional(texts()), EntryGenerator::done);
    Gen<Entry.Body> violation =
        texts()
            .zip(
                texts(),
                texts(),
                optional(texts()),
                (by, against, text, clause) -> new Object[] {by, against, text, clause})
            .zip(at, optional(count), EntryGenerator::violation);
    Gen<Entry.Body> dispute =
        ids()
            .zip(
                optional(SourceDSL.longs().between(0, 1_000)),
                optional(Generate.enumValues(Event.Counted.class)),
                optional(dates()),
                (of, n, counted, toward) -> new Object[] {of, n, counted, toward})
            .zip(optional(texts()), EntryGenerator::dispute);
    Gen<Entry.Body> talks =
        texts()
            .zip(
                Generate.enumValues(TalksState.class),
                optional(texts()),
                at,
                (on, state, judge, time) -> new Object[] {on, state, judge, time})
            .zip(optional(texts()), EntryGenerator::talks);
    Gen<Entry.Body> notMonitored = texts().zip(texts(), NotMonitored::new);
    Gen<Entry.Body> total =
        texts()
            .zip(
                texts(),
                SourceDSL.longs().between(0, 1_000_000),
                optional(dates()),
                (by, category, n, on) -> new Object[] {by, category, n, on})
            .zip(optional(texts()), EntryGenerator::total);
    Gen<Entry.Body> suspension =
        Generate.pick(List.of(EntryKind.SUSPENDED, EntryKind.REINSTATED))
            .zip(
                texts(),
                optional(texts()),
                at,
                (kind, by, clause, time) -> new Object[] {kind, by, clause, time})
            .zip(optional(texts()), EntryGenerator::suspension);
    Gen<Entry.Body> termination =
        texts().zip(at, optional(texts()), (by, time, text) -> new Termination(by, time, text));
    return Generate.oneOf(
        inForce,
        release,
        handover,
        extension,
        hostilities,
        suspension,
        termination,
        aid,
        withdrawal,
        violation,
        dispute,
        talks,
        notMonitored,
        total,
        done);
  }

  @SuppressWarnings("unchecked") // the parts zipped above, with the types they were built with
  private static Entry.Body suspension(Object[] p, Optional<String> text) {
    return new Suspension(
        (EntryKind) p[0], (String) p[1], (Optional<String>) p[2], (Optional<LocalTime>) p[3], text);
  }

  @SuppressWarnings("unchecked") // the parts zipped above, with the types they were built with
  private static Entry.Body talks(Object[] p, Optional<String> text) {
    return new Event.Talks(
        (String) p[0],
        (TalksState) p[1],
        (Optional<String>) p[2],
        (Optional<LocalTime>) p[3],
        text);
  }

  static Gen<LocalTime> times() {
    return SourceDSL.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
  }

  // The builders below take the parts zipped above, with the types they were built with.
  @SuppressWarnings("unchecked")
  private static Entry.Body total(Object[] p, Optional<String> text) {
    return new Total((String) p[0], (String) p[1], (Long) p[2], (Optional<LocalDate>) p[3], text);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body release(Object[] p, Optional<LocalTime> at, Optional<String> clause) {
    Object[] head = (Object[]) p[0];
    EntryKind kind = (EntryKind) head[0];
    boolean remains = kind == EntryKind.REMAINS;
    return new Event.Release(
        kind,
        (String) head[1],
        (String) head[2],
        (Long) head[3],
        remains ? Event.Counted.IN_DEAL : (Event.Counted) p[1],
        remains ? Optional.empty() : (Optional<LocalDate>) p[2],
        (List<String>) p[3],
        (Optional<String>) p[4],
        at,
        clause);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body handover(
      Object[] p, Optional<Long> count, Optional<LocalTime> at, Optional<String> text) {
    return new Event.Handover(
        (String) p[0],
        (String) p[1],
        (Optional<String>) p[2],
        (Optional<String>) p[3],
        count,
        at,
        text);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body extension(Object[] p, Optional<String> text) {
    return new Event.Extension(
        (Long) p[0],
        (List<String>) p[1],
        (Optional<String>) p[2],
        (Optional<LocalTime>) p[3],
        text);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body hostilities(Object[] p, Optional<String> text) {
    return new Event.Hostilities(
        (EntryKind) p[0],
        (List<String>) p[1],
        (Optional<String>) p[2],
        (Optional<LocalTime>) p[3],
        text);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body aid(
      Object[] p, Optional<LocalTime> at, Optional<String> text, Optional<LocalDate> from) {
    return new Event.Aid(
        (String) p[0],
        (Long) p[1],
        from,
        (Optional<String>) p[2],
        (Optional<String>) p[3],
        at,
        text);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body withdrawal(
      Object[] p, Optional<String> text, Optional<String> remaining) {
    return new Event.Withdrawal(
        (String) p[0],
        (String) p[1],
        (Optional<String>) p[2],
        (Optional<LocalTime>) p[3],
        text,
        remaining);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body done(Object[] p, Optional<String> text) {
    return new Done(
        (String) p[0], (String) p[1], (Optional<String>) p[2], (Optional<LocalTime>) p[3], text);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body violation(Object[] p, Optional<LocalTime> at, Optional<Long> count) {
    return new Event.Violation(
        (String) p[0], (String) p[1], (String) p[2], count, (Optional<String>) p[3], at);
  }

  @SuppressWarnings("unchecked")
  private static Entry.Body dispute(Object[] p, Optional<String> text) {
    Optional<Long> count = (Optional<Long>) p[1];
    Optional<Event.Counted> counted = (Optional<Event.Counted>) p[2];
    Optional<LocalDate> toward = (Optional<LocalDate>) p[3];
    if (count.isEmpty() && counted.isEmpty() && toward.isEmpty()) {
      count = Optional.of(0L); // a dispute gives at least one figure
    }
    return new Event.Dispute((String) p[0], count, counted, toward, text);
  }

  static Gen<Provenance> provenances() {
    Gen<Object[]> first =
        texts()
            .zip(
                optional(dates()),
                optional(texts()),
                SourceDSL.booleans().all(),
                (source, reported, attributed, anonymous) ->
                    new Object[] {source, reported, attributed, anonymous});
    return first.zip(
        Generate.enumValues(Confidence.class),
        optional(texts()),
        (parts, confidence, note) -> provenance(parts, confidence, note));
  }

  @SuppressWarnings("unchecked") // the parts are built just above with these types
  private static Provenance provenance(
      Object[] parts, Confidence confidence, Optional<String> note) {
    return new Provenance(
        (String) parts[0],
        (Optional<LocalDate>) parts[1],
        (Optional<String>) parts[2],
        (Boolean) parts[3],
        confidence,
        note);
  }

  private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return SourceDSL.booleans()
        .all()
        .zip(gen, (present, value) -> present ? Optional.of(value) : Optional.<T>empty());
  }

  private static Gen<String> chars(String alphabet, int min, int max) {
    Gen<Character> one =
        SourceDSL.integers().between(0, alphabet.length() - 1).map(alphabet::charAt);
    return SourceDSL.lists()
        .of(one)
        .ofSizeBetween(min, max)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(b::append);
              return b.toString();
            });
  }
}
