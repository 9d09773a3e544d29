package org.truce.check;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The result of one analysis: its name ({@code completes}, {@code exposure(hamas)}...), the
 * verdict, the figure it measures where it measures one (units exposed, units held for ever), a
 * one-sentence summary, further named figures, and a shortest witness run where one exists.
 */
public record Analysis(
    String name,
    Verdict verdict,
    OptionalLong value,
    String summary,
    Map<String, Long> figures,
    Optional<Witness> witness) {
  public Analysis {
    figures = Map.copyOf(figures);
  }

  public boolean holds() {
    return verdict == Verdict.HOLDS;
  }
}
