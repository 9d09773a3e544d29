package org.truce.bench;

import java.util.List;

/**
 * Generated texts of one shape each, grown by a size {@code n} (issue 16, item 7): what an attacker
 * or a careless user can make large in a small file. Each text is valid agreement text (or journal
 * text) at every size, so that every stage runs over it. Used by {@link GrowthBench}; the seed
 * corpus of the parser's fuzz test holds small instances.
 */
public final class Shapes {
  private Shapes() {}

  /** A named shape: {@code text(n)} grows linearly in {@code n}. */
  public record Shape(String name, boolean journal, java.util.function.IntFunction<String> text) {}

  private static final String HEAD =
      """
      agreement "Shape"
      party a "A"
      party b "B"
      """;

  public static List<Shape> all() {
    return List.of(
        new Shape("dotted category depth", false, Shapes::dotted),
        new Shape("many holdings", false, Shapes::holdings),
        new Shape("many phases", false, Shapes::phases),
        new Shape("many requires", false, Shapes::requires),
        new Shape("many parties", false, Shapes::parties),
        new Shape("long names", false, Shapes::longName),
        new Shape("deep nesting of conditions", false, Shapes::nesting),
        new Shape("long journal continuations", true, Shapes::continuations));
  }

  private static String phase(String body) {
    return "phase one \"One\" lasts 4 days {\n  hostilities paused\n" + body + "}\n";
  }

  /** One category {@code x0.x1....} of depth {@code n}, held and released. */
  public static String dotted(int n) {
    StringBuilder cat = new StringBuilder("x0");
    for (int i = 1; i < n; i++) {
      cat.append(".x").append(i);
    }
    return HEAD + "held by a { " + cat + " 5 }\n" + phase("  a releases 5 " + cat + " by day 4\n");
  }

  /** {@code n} holdings of one party, one of them released. */
  public static String holdings(int n) {
    StringBuilder s = new StringBuilder(HEAD).append("held by a {\n");
    for (int i = 0; i < n; i++) {
      s.append("  h").append(i).append(" 5\n");
    }
    return s.append("}\n").append(phase("  a releases 5 h0 by day 4\n")).toString();
  }

  /** {@code n} phases, each beginning after the one before. */
  public static String phases(int n) {
    StringBuilder s = new StringBuilder(HEAD);
    for (int i = 0; i < n; i++) {
      s.append("phase p").append(i).append(" \"P\" lasts 4 days");
      if (i > 0) {
        s.append(", begins after p").append(i - 1);
      }
      s.append(" {\n  hostilities paused\n}\n");
    }
    return s.toString();
  }

  /** {@code n} requirements. */
  public static String requires(int n) {
    StringBuilder s = new StringBuilder(HEAD).append(phase(""));
    for (int i = 0; i < n; i++) {
      s.append("require always hostilities paused or phase one ended\n");
    }
    return s.toString();
  }

  /** {@code n} parties. */
  public static String parties(int n) {
    StringBuilder s = new StringBuilder("agreement \"Shape\"\n");
    for (int i = 0; i < n; i++) {
      s.append("party p").append(i).append(" \"P\"\n");
    }
    return s.append(phase("")).toString();
  }

  /**
   * {@code n} parties with names of 200 characters, each referred to with a typo: every reference
   * is an unknown name, and the did-you-mean search compares it with the declared names (at most
   * 1,000 of them, in a band of width 5 first). A name past 256 characters is refused (E124).
   */
  public static String longName(int n) {
    StringBuilder s = new StringBuilder("agreement \"Shape\"\n");
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String id = "p" + i + "_";
      String name = id + "x".repeat(200 - id.length());
      s.append("party ").append(name).append(" \"P\"\n");
      body.append("  ").append(name, 0, name.length() - 1).append("y undertakes \"hold\"\n");
    }
    return s.append(phase(body.toString())).toString();
  }

  /**
   * {@code n} requirements, each nested as deep as the language allows: parentheses and {@code not}
   * around a comparison.
   */
  public static String nesting(int n) {
    String deep = "(not ".repeat(30) + "hostilities paused" + ")".repeat(30);
    StringBuilder s = new StringBuilder(HEAD).append(phase(""));
    for (int i = 0; i < n; i++) {
      s.append("require always ").append(deep).append(" or phase one ended\n");
    }
    return s.toString();
  }

  /** A journal of one statement whose text runs over {@code n} continuation lines. */
  public static String continuations(int n) {
    StringBuilder s =
        new StringBuilder("2024-07-03 statement long-text\n  by: a\n  text: first line\n");
    for (int i = 0; i < n; i++) {
      s.append("    and line ").append(i).append(" of the same text\n");
    }
    return s.append("  source: bench\n").toString();
  }
}
