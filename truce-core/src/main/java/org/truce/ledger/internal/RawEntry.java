package org.truce.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.truce.ledger.EntryKind;
import org.truce.source.Span;

/** An entry being read: its first line and its fields as written, before they are checked. */
final class RawEntry {
  final LocalDate date;
  final EntryKind kind;
  final String id;
  final Span header;
  final Span dateSpan;
  final Span idSpan;
  final List<RawField> fields = new ArrayList<>();

  /** The indentation of the entry's fields, set by the first; -1 before it. */
  int fieldIndent = -1;

  /** True when a line of the entry could not be read: the entry is reported, not kept. */
  boolean broken;

  RawEntry(LocalDate date, EntryKind kind, String id, Span header, Span dateSpan, Span idSpan) {
    this.date = date;
    this.kind = kind;
    this.id = id;
    this.header = header;
    this.dateSpan = dateSpan;
    this.idSpan = idSpan;
  }

  void add(RawField field) {
    fields.add(field);
  }

  /** The field read last, which a deeper-indented line continues; null before the first. */
  RawField last() {
    return fields.isEmpty() ? null : fields.getLast();
  }
}
