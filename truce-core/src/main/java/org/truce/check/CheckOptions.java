package org.truce.check;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to check an agreement.
 *
 * @param adversary the party that may also breach any obligation (empty: everyone complies)
 * @param only the analyses to run, by name or by the name before its parenthesis ({@code exposure}
 *     selects every {@code exposure(P)}); empty runs them all
 * @param maxStates the most states to explore before the results are inconclusive
 * @param timeout the longest the search may run
 * @param exactAmounts explore every amount a release before its deadline may take, not only those
 *     the conditions of the text tell apart (slower; for cross-checking)
 * @param progress told about once a second while the search runs
 * @param threads how many threads compute successors, then run the analyses (the results do not
 *     depend on it)
 * @param verdictsOnly stop the search as soon as every verdict asked for is settled, leaving the
 *     figures at what was found by then and the witnesses the shortest found by then (--verdicts;
 *     docs/semantics.md, "Verdicts only"); the same applies when every analysis asked for is one
 *     that measures no figure ({@link #stopsEarly})
 */
public record CheckOptions(
    Optional<String> adversary,
    List<String> only,
    long maxStates,
    Duration timeout,
    boolean exactAmounts,
    Progress progress,
    int threads,
    boolean verdictsOnly) {
  public CheckOptions {
    only = List.copyOf(only);
  }

  /** Options that compute every figure in full. */
  public CheckOptions(
      Optional<String> adversary,
      List<String> only,
      long maxStates,
      Duration timeout,
      boolean exactAmounts,
      Progress progress,
      int threads) {
    this(adversary, only, maxStates, timeout, exactAmounts, progress, threads, false);
  }

  /**
   * The analyses that measure no figure, only a verdict and its witness: when {@code --only} asks
   * for nothing else, the search stops as soon as their verdicts are settled, as with --verdicts.
   */
  public static final List<String> VERDICT_ONLY_ANALYSES =
      List.of("well-formed", "completes", "deadlock", "require");

  public static final long DEFAULT_MAX_STATES = 20_000_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  /** Told how far the search has come. */
  public interface Progress {
    Progress NONE = (states, depth, elapsed) -> {};

    void report(long states, long depth, Duration elapsed);
  }

  public static CheckOptions defaults() {
    return new CheckOptions(
        Optional.empty(),
        List.of(),
        DEFAULT_MAX_STATES,
        DEFAULT_TIMEOUT,
        false,
        Progress.NONE,
        Runtime.getRuntime().availableProcessors());
  }

  public CheckOptions withAdversary(String party) {
    return new CheckOptions(
        Optional.of(party),
        only,
        maxStates,
        timeout,
        exactAmounts,
        progress,
        threads,
        verdictsOnly);
  }

  public CheckOptions withOnly(List<String> names) {
    return new CheckOptions(
        adversary, names, maxStates, timeout, exactAmounts, progress, threads, verdictsOnly);
  }

  public CheckOptions withLimits(long states, Duration time) {
    return new CheckOptions(
        adversary, only, states, time, exactAmounts, progress, threads, verdictsOnly);
  }

  public CheckOptions withExactAmounts(boolean exact) {
    return new CheckOptions(
        adversary, only, maxStates, timeout, exact, progress, threads, verdictsOnly);
  }

  public CheckOptions withProgress(Progress listener) {
    return new CheckOptions(
        adversary, only, maxStates, timeout, exactAmounts, listener, threads, verdictsOnly);
  }

  public CheckOptions withThreads(int count) {
    return new CheckOptions(
        adversary, only, maxStates, timeout, exactAmounts, progress, count, verdictsOnly);
  }

  /** The same options, stopping once every verdict is settled ({@code true}) or not. */
  public CheckOptions withVerdictsOnly(boolean only) {
    return new CheckOptions(
        adversary, this.only, maxStates, timeout, exactAmounts, progress, threads, only);
  }

  /**
   * True when the search may stop as soon as every verdict asked for is settled: --verdicts, or
   * {@code --only} asks only for analyses that measure no figure ({@link #VERDICT_ONLY_ANALYSES}).
   */
  public boolean stopsEarly() {
    if (verdictsOnly) {
      return true;
    }
    return !only.isEmpty()
        && only.stream()
            .allMatch(
                name -> {
                  int paren = name.indexOf('(');
                  return VERDICT_ONLY_ANALYSES.contains(
                      paren < 0 ? name : name.substring(0, paren));
                });
  }

  /** True when the analysis named {@code name} is asked for. */
  public boolean wants(String name) {
    if (only.isEmpty()) {
      return true;
    }
    int paren = name.indexOf('(');
    String family = paren < 0 ? name : name.substring(0, paren);
    return only.contains(name) || only.contains(family);
  }
}
