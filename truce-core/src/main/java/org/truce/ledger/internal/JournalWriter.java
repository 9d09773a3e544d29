package org.truce.ledger.internal;

import java.util.List;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.ledger.Provenance;

/**
 * Writes entries in the canonical layout of the journal: the first line, then the kind's fields and
 * the provenance fields in the order of {@link org.truce.ledger.EntryKind#fields()}, two spaces in,
 * optional fields left out when absent.
 */
public final class JournalWriter {
  private JournalWriter() {}

  public static void write(Entry entry, StringBuilder out) {
    out.append(entry.date()).append(' ').append(entry.kind().word()).append(' ');
    out.append(entry.id()).append('\n');
    switch (entry.body()) {
      case Entry.Tabled t -> {
        field(out, "version", t.version());
        field(out, "by", t.by());
        list(out, "via", t.via());
      }
      case Entry.Position p -> {
        field(out, "party", p.party());
        field(out, "clause", p.clause());
        field(out, "version", p.version());
        field(out, "stance", p.stance().word());
        field(out, "text", p.text());
      }
      case Entry.Statement s -> {
        field(out, "by", s.by());
        field(out, "text", s.text());
        field(out, "clause", s.clause());
        field(out, "version", s.version());
      }
      case Entry.Meeting m -> {
        field(out, "place", m.place());
        field(out, "text", m.text());
        list(out, "participants", m.participants());
      }
      case Entry.Retraction r -> {
        field(out, "retracts", r.retracts());
        field(out, "reason", r.reason());
      }
      case Event e -> e.fields().forEach((name, value) -> field(out, name, value));
    }
    Provenance p = entry.provenance();
    field(out, "source", p.source());
    field(out, "reported", p.reported().map(Object::toString));
    field(out, "attributed to", p.attributedTo());
    if (p.anonymous()) {
      field(out, "anonymous", "yes");
    }
    field(out, "confidence", p.confidence().word());
    field(out, "note", p.note());
    field(out, "supersedes", entry.supersedes());
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(": ").append(value).append('\n');
  }

  private static void field(StringBuilder out, String name, Optional<String> value) {
    value.ifPresent(v -> field(out, name, v));
  }

  private static void list(StringBuilder out, String name, List<String> values) {
    if (!values.isEmpty()) {
      field(out, name, String.join(", ", values));
    }
  }
}
