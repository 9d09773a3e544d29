package org.truce.vocabulary;

/** A comparison of two numbers in a condition: {@code released hostage by hamas >= 33}. */
public enum CompareOp {
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">="),
  EQUAL("="),
  NOT_EQUAL("!=");

  private final String symbol;

  CompareOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
