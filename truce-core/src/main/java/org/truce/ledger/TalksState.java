package org.truce.ledger;

import java.util.List;
import java.util.Optional;

/** How talks stand, as a source reports them: the five words of a {@code talks} entry. */
public enum TalksState {
  BEGUN("begun"),
  PROGRESSING("progressing"),
  STALLED("stalled"),
  AGREED("agreed"),
  BROKEN_OFF("broken off");

  private final String words;

  TalksState(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /**
   * The state a condition of the text reads (docs/monitor.md, "Talks"): talks begun are progressing
   * until a later entry says otherwise; talks broken off are stalled (neither agreed nor
   * progressing).
   */
  public org.truce.vocabulary.TalkState reading() {
    return switch (this) {
      case BEGUN, PROGRESSING -> org.truce.vocabulary.TalkState.PROGRESSING;
      case STALLED, BROKEN_OFF -> org.truce.vocabulary.TalkState.STALLED;
      case AGREED -> org.truce.vocabulary.TalkState.AGREED;
    };
  }

  public static Optional<TalksState> fromWords(String words) {
    return java.util.Arrays.stream(values()).filter(c -> c.words.equals(words)).findFirst();
  }

  public static List<String> allWords() {
    return java.util.Arrays.stream(values()).map(TalksState::words).toList();
  }
}
