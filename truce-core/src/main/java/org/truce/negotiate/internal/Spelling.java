package org.truce.negotiate.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.truce.model.ClauseRef;
import org.truce.model.Holdings;
import org.truce.vocabulary.Role;

/** How the renderers spell the small pieces of a diff, as the language writes them. */
public final class Spelling {
  private Spelling() {}

  /** Quoted text with the escapes of the language: {@code \"}, {@code \\}, {@code \n}. */
  public static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }

  /** {@code [1.6 "Ratio for civilians"]}; empty for an untagged clause. */
  public static Optional<String> tag(ClauseRef ref) {
    return ref.id()
        .map(id -> "[" + id + ref.label().map(label -> " " + quote(label)).orElse("") + "]");
  }

  /** {@code mediator, guarantor}. */
  public static String roles(List<Role> roles) {
    return roles.stream().map(Spelling::role).collect(Collectors.joining(", "));
  }

  /** {@code guarantor}. */
  public static String role(Role role) {
    return lower(role);
  }

  /** {@code about 20}, {@code at least 1450}. */
  public static String amount(Holdings.Entry entry) {
    return switch (entry.bound()) {
          case EXACTLY -> "";
          case ABOUT -> "about ";
          case AT_LEAST -> "at least ";
          case AT_MOST -> "at most ";
        }
        + entry.count();
  }

  /** {@code about}, {@code at least}, {@code exactly}. */
  public static String bound(Holdings.Entry entry) {
    return lower(entry.bound()).replace('_', ' ');
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
