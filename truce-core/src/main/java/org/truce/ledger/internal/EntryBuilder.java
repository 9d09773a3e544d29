package org.truce.ledger.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.truce.ledger.Confidence;
import org.truce.ledger.Entry;
import org.truce.ledger.JournalEntry;
import org.truce.ledger.Provenance;
import org.truce.ledger.Stance;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.source.Suggestions;

/**
 * Checks the fields of one entry as written (known, given once, not empty, the required ones
 * present, words and dates valid) and builds the entry when all are right. Every problem of the
 * entry is reported, not just the first.
 */
final class EntryBuilder {
  private static final List<String> YES_NO = List.of("yes", "no");

  private final RawEntry raw;
  private final List<Diagnostic> diagnostics;
  private final Map<String, RawField> fields = new LinkedHashMap<>();
  private boolean ok;

  EntryBuilder(RawEntry raw, List<Diagnostic> diagnostics) {
    this.raw = raw;
    this.diagnostics = diagnostics;
    this.ok = !raw.broken;
  }

  Optional<JournalEntry> build() {
    collect();
    if (raw.broken) {
      return Optional.empty(); // a line was unreadable: what looks missing may be on it
    }
    for (String name : raw.kind.required()) {
      require(name);
    }
    if (!fields.containsKey("source")) {
      report(Diagnostic.of(DiagnosticCode.JOURNAL_NO_SOURCE, raw.header));
    }
    Optional<Entry.Body> body = body();
    Optional<Provenance> provenance = provenance();
    Optional<String> supersedes = word("supersedes", this::id);
    if (!ok || body.isEmpty() || provenance.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Span> spans = new HashMap<>();
    fields.forEach((name, field) -> spans.put(name, field.valueSpan()));
    spans.put("date", raw.dateSpan);
    spans.put("id", raw.idSpan);
    Entry entry = new Entry(raw.id, raw.date, body.get(), provenance.get(), supersedes);
    return Optional.of(new JournalEntry(entry, raw.header, spans));
  }

  /** Keeps each known field once; reports unknown, repeated and empty ones. */
  private void collect() {
    for (RawField field : raw.fields) {
      if (!raw.kind.has(field.name)) {
        List<String> known = raw.kind.fields();
        report(
            Diagnostic.of(
                    DiagnosticCode.JOURNAL_UNKNOWN_FIELD,
                    field.nameSpan,
                    raw.kind.word(),
                    field.name,
                    Values.allOf(known))
                .withSuggestions(Suggestions.forName(field.name, known)));
      } else if (fields.containsKey(field.name)) {
        report(Diagnostic.of(DiagnosticCode.JOURNAL_DUPLICATE_FIELD, field.nameSpan, field.name));
      } else if (field.value().isEmpty()) {
        report(Diagnostic.of(DiagnosticCode.JOURNAL_EMPTY_VALUE, field.nameSpan, field.name));
        fields.put(field.name, field); // given, so not also reported missing
        ok = false;
      } else {
        fields.put(field.name, field);
      }
    }
  }

  private Optional<Entry.Body> body() {
    return switch (raw.kind) {
      case TABLED ->
          all(value("version"))
              .map(
                  x ->
                      new Entry.Tabled(
                          value("version").get(),
                          value("by"),
                          value("via").map(Values::list).orElse(List.of())));
      case POSITION -> {
        Optional<Stance> stance = word("stance", this::stance);
        if (stance.filter(Stance.PROPOSES_TEXT::equals).isPresent() && value("text").isEmpty()) {
          require("text");
          yield Optional.empty();
        }
        yield all(value("party"), value("clause"), value("version"), stance)
            .map(
                x ->
                    new Entry.Position(
                        value("party").get(),
                        value("clause").get(),
                        value("version").get(),
                        stance.get(),
                        value("text")));
      }
      case STATEMENT -> {
        if (fields.containsKey("clause") && value("version").isEmpty()) {
          require("version"); // a clause is a clause of one version
          yield Optional.empty();
        }
        yield all(value("by"), value("text"))
            .map(
                x ->
                    new Entry.Statement(
                        value("by").get(), value("text").get(), value("clause"), value("version")));
      }
      case MEETING ->
          all(value("place"), value("text"))
              .map(
                  x ->
                      new Entry.Meeting(
                          value("place").get(),
                          value("text").get(),
                          value("participants").map(Values::list).orElse(List.of())));
      case RETRACTION -> {
        Optional<String> target = word("retracts", this::id);
        yield all(target, value("reason"))
            .map(x -> new Entry.Retraction(target.get(), value("reason").get()));
      }
      default -> new EventBodies(this).of(raw.kind);
    };
  }

  private Optional<Provenance> provenance() {
    Optional<LocalDate> reported = word("reported", this::date);
    Optional<Boolean> anonymous = word("anonymous", this::yesNo);
    Optional<Confidence> confidence = word("confidence", this::confidence);
    if (!fields.containsKey("source")
        || (fields.containsKey("reported") && reported.isEmpty())
        || (fields.containsKey("anonymous") && anonymous.isEmpty())
        || (fields.containsKey("confidence") && confidence.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new Provenance(
            fields.get("source").value(),
            reported,
            value("attributed to"),
            anonymous.orElse(false),
            confidence.orElse(Confidence.REPORTED),
            value("note")));
  }

  /** The value of an optional field read by {@code reader}, which reports a bad one. */
  <T> Optional<T> word(String name, Function<RawField, Optional<T>> reader) {
    RawField field = fields.get(name);
    return field == null || field.value().isEmpty() ? Optional.empty() : reader.apply(field);
  }

  Optional<String> value(String name) {
    RawField field = fields.get(name);
    return field == null || field.value().isEmpty() ? Optional.empty() : Optional.of(field.value());
  }

  void require(String name) {
    if (!fields.containsKey(name)) {
      report(
          Diagnostic.of(DiagnosticCode.JOURNAL_MISSING_FIELD, raw.header, raw.kind.word(), name));
    }
  }

  Optional<String> id(RawField field) {
    if (Values.isId(field.value())) {
      return Optional.of(field.value());
    }
    report(Diagnostic.of(DiagnosticCode.JOURNAL_BAD_ID, field.valueSpan(), field.value()));
    return Optional.empty();
  }

  /** The whole number of at least {@code min} a field gives; a bad one is reported. */
  Optional<Long> count(RawField field, long min) {
    if (field.value().equals(org.truce.ledger.Event.Release.NOT_REPORTED)) {
      report(
          Diagnostic.of(
              DiagnosticCode.JOURNAL_UNREPORTED_COUNT_KIND, field.valueSpan(), raw.kind.word()));
      return Optional.empty();
    }
    Optional<Long> count = Values.count(field.value()).filter(n -> n >= min);
    if (count.isEmpty()) {
      report(
          Diagnostic.of(
              DiagnosticCode.JOURNAL_BAD_COUNT, field.valueSpan(), field.value(), field.name, min));
    }
    return count;
  }

  Optional<LocalTime> time(RawField field) {
    Optional<LocalTime> time = Values.time(field.value());
    if (time.isEmpty()) {
      report(Diagnostic.of(DiagnosticCode.JOURNAL_BAD_TIME, field.valueSpan(), field.value()));
    }
    return time;
  }

  /** Whether the entry gives the field, even with a bad value. */
  boolean has(String name) {
    return fields.containsKey(name);
  }

  /** Reports a problem of the field {@code name}, which the entry gives, at its name. */
  void reportAt(String name, DiagnosticCode code, Object... args) {
    report(Diagnostic.of(code, fields.get(name).nameSpan, args));
  }

  /** Reports a problem of the entry as a whole, at its first line. */
  void reportEntry(DiagnosticCode code, Object... args) {
    report(Diagnostic.of(code, raw.header, args));
  }

  private Optional<Stance> stance(RawField field) {
    return oneOf(field, "stance", Stance.fromWord(field.value()), Stance.words());
  }

  private Optional<Confidence> confidence(RawField field) {
    return oneOf(field, "confidence", Confidence.fromWord(field.value()), Confidence.words());
  }

  private Optional<Boolean> yesNo(RawField field) {
    Optional<Boolean> answer =
        switch (field.value()) {
          case "yes" -> Optional.of(true);
          case "no" -> Optional.of(false);
          default -> Optional.empty();
        };
    return oneOf(field, "answer for `anonymous`", answer, YES_NO);
  }

  Optional<LocalDate> date(RawField field) {
    Optional<LocalDate> date = Values.date(field.value());
    if (date.isEmpty()) {
      report(Diagnostic.of(DiagnosticCode.JOURNAL_BAD_DATE, field.valueSpan(), field.value()));
    }
    return date;
  }

  <T> Optional<T> oneOf(RawField field, String what, Optional<T> read, List<String> words) {
    if (read.isEmpty()) {
      report(
          Diagnostic.of(
                  DiagnosticCode.JOURNAL_BAD_WORD,
                  field.valueSpan(),
                  field.value(),
                  what,
                  Values.oneOf(words))
              .withSuggestions(Suggestions.forName(field.value(), words)));
    }
    return read;
  }

  static Optional<Boolean> all(Optional<?>... parts) {
    for (Optional<?> part : parts) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(true);
  }

  void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
    ok = false;
  }
}
