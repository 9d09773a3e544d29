package org.truce.check.internal.promela;

import java.util.ArrayList;
import java.util.List;
import org.truce.model.ClauseRef;

/** Promela source being written: lines at the current indentation, and if-blocks. */
final class PromelaCode {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  PromelaCode line(String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
    return this;
  }

  PromelaCode blank() {
    out.append('\n');
    return this;
  }

  PromelaCode comment(String text) {
    return line("/* " + text.replace("*/", "* /") + " */");
  }

  PromelaCode open(String text) {
    line(text);
    depth++;
    return this;
  }

  PromelaCode close(String text) {
    depth--;
    return line(text);
  }

  /** {@code if :: guard -> body :: else -> skip fi}, with the body written by {@code body}. */
  PromelaCode when(String guard, Runnable body) {
    return choice(() -> option(guard, body), () -> line(":: else -> skip"));
  }

  /** {@code if ... fi;} around the options {@code options} write. */
  PromelaCode choice(Runnable... options) {
    line("if");
    for (Runnable option : options) {
      option.run();
    }
    return line("fi;");
  }

  /** One option of an if: {@code :: guard ->} and its body, indented. */
  PromelaCode option(String guard, Runnable body) {
    open(":: " + guard + " ->");
    body.run();
    depth--;
    return this;
  }

  /** " (art. ID, \"LABEL\")" for a comment, or nothing when the clause has neither. */
  static String cite(ClauseRef ref) {
    List<String> parts = new ArrayList<>();
    ref.id().ifPresent(id -> parts.add("art. " + id));
    ref.label().ifPresent(label -> parts.add("\"" + label + "\""));
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
