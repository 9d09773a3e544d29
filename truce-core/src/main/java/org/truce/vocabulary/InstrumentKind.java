package org.truce.vocabulary;

/**
 * What kind of text an instrument is: {@code instrument letter "Letter of assurances" side letter
 * from us to israel { ... }}. The kind is what the texts call it; it changes no meaning (the rank
 * does, docs/semantics.md, "Instruments and precedence").
 */
public enum InstrumentKind {
  ANNEX("annex"),
  SIDE_LETTER("side letter"),
  JOINT_STATEMENT("joint statement"),
  PLAN("plan");

  private final String words;

  InstrumentKind(String words) {
    this.words = words;
  }

  /** The words of the language, e.g. {@code side letter}. */
  public String words() {
    return words;
  }
}
