package org.truce.syntax.internal;

/** The kinds of token; punctuation kinds carry the symbol users type. */
public enum TokenKind {
  WORD(""),
  NUMBER(""),
  TEXT(""),
  DATE(""),
  TIME(""),
  LBRACE("{"),
  RBRACE("}"),
  LBRACKET("["),
  RBRACKET("]"),
  LPAREN("("),
  RPAREN(")"),
  COMMA(","),
  SEMICOLON(";"),
  COLON(":"),
  DOT("."),
  LESS("<"),
  LESS_EQUAL("<="),
  GREATER(">"),
  GREATER_EQUAL(">="),
  EQUAL("="),
  NOT_EQUAL("!="),
  EOF("");

  private final String symbol;

  TokenKind(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol of a punctuation token; empty for the others. */
  public String symbol() {
    return symbol;
  }
}
