package org.truce.ledger.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How the journal spells dates, ids, yes and no, and lists. */
public final class Values {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private Values() {}

  /** A date written {@code YYYY-MM-DD}, if it is one. */
  public static Optional<LocalDate> date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // e.g. 2024-02-30
    }
  }

  /** The number the ASCII digits of {@code text} from {@code from} to {@code to} write, or -1. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A time of day written {@code HH:MM} (24-hour clock), if it is one. */
  public static Optional<LocalTime> time(String text) {
    if (text.length() != 5 || text.charAt(2) != ':') {
      return Optional.empty();
    }
    int hour = digits(text, 0, 2);
    int minute = digits(text, 3, 5);
    return hour < 0 || hour > 23 || minute < 0 || minute > 59
        ? Optional.empty()
        : Optional.of(LocalTime.of(hour, minute));
  }

  /** A whole number written in ASCII digits, at most 15 of them, if it is one. */
  public static Optional<Long> count(String text) {
    if (text.isEmpty() || text.length() > 15) {
      return Optional.empty();
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value * 10 + (c - '0');
    }
    return Optional.of(value);
  }

  public static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  /** The items of a comma-separated list, trimmed, empty ones dropped. */
  static List<String> list(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** {@code `a`, `b` or `c`}, for hints that ask for one of them. */
  public static String oneOf(List<String> words) {
    return quoted(words, " or ");
  }

  /** {@code `a`, `b` and `c`}, for hints that list them all. */
  public static String allOf(List<String> words) {
    return quoted(words, " and ");
  }

  private static String quoted(List<String> words, String last) {
    List<String> quoted = words.stream().map(w -> "`" + w + "`").toList();
    if (quoted.size() < 2) {
      return String.join("", quoted);
    }
    return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
        + last
        + quoted.getLast();
  }
}
