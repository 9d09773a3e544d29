package org.truce.vocabulary;

/** The state of talks on a phase: {@code talks on two progressing}. */
public enum TalkState {
  BEGUN,
  PROGRESSING,
  STALLED,
  AGREED
}
