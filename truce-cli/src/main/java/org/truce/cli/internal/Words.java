package org.truce.cli.internal;

/** Counted nouns for summary lines: "1 file", "2 files". */
public final class Words {
  private Words() {}

  public static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
