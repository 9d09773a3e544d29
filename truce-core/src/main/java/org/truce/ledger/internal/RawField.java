package org.truce.ledger.internal;

import org.truce.source.Span;

/** A field as written: its name, its value (continuation lines joined by a space), and where. */
final class RawField {
  final String name;
  final Span nameSpan;

  /**
   * The value so far: continuation lines are appended here, so that a value of n lines costs O(n)
   * and not O(n^2) (issue 16); {@link #value()} joins it once.
   */
  private final StringBuilder value = new StringBuilder();

  private String joined;
  private Span valueSpan;

  RawField(String name, Span nameSpan, String value, Span valueSpan) {
    this.name = name;
    this.nameSpan = nameSpan;
    this.value.append(value);
    this.valueSpan = valueSpan;
  }

  /** Appends a continuation line to the value. */
  void continueWith(String more, Span where) {
    joined = null;
    if (!value.isEmpty()) {
      value.append(' ');
    }
    value.append(more);
    valueSpan = value.length() == more.length() ? where : valueSpan.to(where);
  }

  String value() {
    if (joined == null) {
      joined = value.toString();
    }
    return joined;
  }

  /** Where the value is; where the name is, if the value is empty. */
  Span valueSpan() {
    return value.isEmpty() ? nameSpan : valueSpan;
  }
}
