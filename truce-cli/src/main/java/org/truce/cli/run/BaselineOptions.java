package org.truce.cli.run;

import java.util.Optional;

/**
 * How {@code truce check} and {@code truce render} use a baseline of accepted findings
 * (docs/cli.md, "Accepted findings").
 *
 * @param file the baseline named with {@code --baseline}; empty: {@code FILE.baseline} beside each
 *     agreement, when it exists
 * @param ignore {@code --no-baseline}: use none, report every finding
 * @param write {@code --write-baseline}: write the baseline that accepts exactly the findings of
 *     this run (keeping the reasons already written)
 * @param reason the reason a newly accepted finding gets ({@code --reason})
 */
public record BaselineOptions(Optional<String> file, boolean ignore, boolean write, String reason) {
  /** The reason of a finding accepted by {@code --write-baseline} without {@code --reason}. */
  public static final String UNREVIEWED =
      "recorded by truce check --write-baseline, not yet reviewed";

  /** The baseline beside each agreement, if there is one. */
  public static BaselineOptions beside() {
    return new BaselineOptions(Optional.empty(), false, false, UNREVIEWED);
  }

  /** No baseline at all. */
  public static BaselineOptions none() {
    return new BaselineOptions(Optional.empty(), true, false, UNREVIEWED);
  }
}
