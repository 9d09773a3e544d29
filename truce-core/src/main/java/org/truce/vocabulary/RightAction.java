package org.truce.vocabulary;

/** What a right lets a party do: {@code israel may resume hostilities when ...}. */
public enum RightAction {
  RESUME_HOSTILITIES("resume hostilities"),
  SUSPEND_OBLIGATIONS("suspend obligations"),
  TERMINATE_AGREEMENT("terminate agreement");

  private final String words;

  RightAction(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
