package org.truce.ledger.internal;

import org.truce.source.Span;

/** A field as written: its name, its value (continuation lines joined by a space), and where. */
final class RawField {
  final String name;
  final Span nameSpan;
  private String value;
  private Span valueSpan;

  RawField(String name, Span nameSpan, String value, Span valueSpan) {
    this.name = name;
    this.nameSpan = nameSpan;
    this.value = value;
    this.valueSpan = valueSpan;
  }

  /** Appends a continuation line to the value. */
  void continueWith(String more, Span where) {
    value = value.isEmpty() ? more : value + " " + more;
    valueSpan = value.length() == more.length() ? where : valueSpan.to(where);
  }

  String value() {
    return value;
  }

  /** Where the value is; where the name is, if the value is empty. */
  Span valueSpan() {
    return value.isEmpty() ? nameSpan : valueSpan;
  }
}
