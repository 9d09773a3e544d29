package org.truce.check.internal.promela;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.truce.check.internal.system.Vars;

/**
 * Promela names for the state variables of a transition system: readable (taken from the variable's
 * own description), unique, and typed by the largest value the variable takes.
 */
final class PromelaNames {
  private final Vars vars;
  private final String[] names;

  PromelaNames(Vars vars) {
    this.vars = vars;
    this.names = new String[vars.size()];
    Set<String> used = new HashSet<>();
    for (int i = 0; i < vars.size(); i++) {
      String base = identifier(vars.name(i));
      String name = base;
      for (int n = 2; !used.add(name); n++) {
        name = base + "_" + n;
      }
      names[i] = name;
    }
  }

  String of(int var) {
    return names[var];
  }

  /** The hidden copy of a variable as it stood at the end of the day before. */
  String dayBefore(int var) {
    return "before_" + names[var];
  }

  /** The smallest Promela type that holds every value of {@code var}. */
  String type(int var) {
    return type(vars.max(var));
  }

  static String type(long max) {
    if (max <= 1) {
      return "bit";
    }
    if (max <= 255) {
      return "byte";
    }
    return max <= Short.MAX_VALUE ? "short" : "int";
  }

  /** A Promela identifier for a description: letters, digits and underscores. */
  static String identifier(String text) {
    StringBuilder out = new StringBuilder();
    for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
      if (ok) {
        out.append(ch);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '_') {
      out.setLength(out.length() - 1);
    }
    if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
      out.insert(0, "v_");
    }
    return out.toString();
  }
}
