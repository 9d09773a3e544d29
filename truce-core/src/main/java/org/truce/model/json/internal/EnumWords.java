package org.truce.model.json.internal;

import com.fasterxml.jackson.databind.EnumNamingStrategy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How enum constants are spelled in JSON: {@code RESUME_HOSTILITIES} as {@code resume-hostilities}.
 */
public final class EnumWords {
  static final EnumNamingStrategy STRATEGY = EnumWords::of;

  private EnumWords() {}

  public static String of(String constantName) {
    return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static String of(Enum<?> constant) {
    return of(constant.name());
  }

  /** Every spelling of an enum type, in declaration order. */
  public static List<String> all(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(c -> of(((Enum<?>) c).name())).toList();
  }
}
