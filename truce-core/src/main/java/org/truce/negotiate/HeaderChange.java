package org.truce.negotiate;

import java.util.Optional;

/**
 * One header field whose value differs; a value is empty where the field is not given. Values are
 * plain: texts without quotes, dates as {@code 2024-05-31}, {@code via} as {@code qatar, us}.
 */
public record HeaderChange(Field field, Optional<String> before, Optional<String> after) {
  /** The header fields, in the order of the canonical layout. */
  public enum Field {
    TITLE("title", true),
    VERSION("version", true),
    DATED("dated", false),
    TABLED_BY("tabled by", false),
    VIA("via", false),
    PREVIOUS("previous", true),
    STARTS("starts", false);

    private final String words;
    private final boolean quoted;

    Field(String words, boolean quoted) {
      this.words = words;
      this.quoted = quoted;
    }

    /** The field as written in the language: {@code tabled by}. */
    public String words() {
      return words;
    }

    /** Whether the language writes the value as quoted text ({@code version "2024-05-31"}). */
    public boolean quoted() {
      return quoted;
    }
  }
}
