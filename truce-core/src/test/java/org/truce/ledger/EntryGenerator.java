package org.truce.ledger;

import java.time.LocalDate;
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
    return Generate.oneOf(tabled, position, statement, meeting, retraction);
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
