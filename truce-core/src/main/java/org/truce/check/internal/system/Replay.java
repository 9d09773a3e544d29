package org.truce.check.internal.system;

/** Answers choices from a recorded sequence, to replay one step of a witness. */
public final class Replay implements Chooser {
  private final int[] answers;
  private int position;

  public Replay(int[] answers) {
    this.answers = answers.clone();
  }

  @Override
  public int choose(int player, int options) {
    if (position >= answers.length) {
      throw new IllegalStateException("the recorded step has fewer choices than the replay asks");
    }
    int answer = answers[position++];
    if (answer >= options) {
      throw new IllegalStateException("recorded answer " + answer + " of " + options + " options");
    }
    return answer;
  }

  /** True when every recorded answer was used. */
  public boolean finished() {
    return position == answers.length;
  }
}
