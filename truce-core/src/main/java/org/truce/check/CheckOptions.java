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
 */
public record CheckOptions(
    Optional<String> adversary,
    List<String> only,
    long maxStates,
    Duration timeout,
    boolean exactAmounts,
    Progress progress,
    int threads) {
  public CheckOptions {
    only = List.copyOf(only);
  }

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
        Optional.of(party), only, maxStates, timeout, exactAmounts, progress, threads);
  }

  public CheckOptions withOnly(List<String> names) {
    return new CheckOptions(adversary, names, maxStates, timeout, exactAmounts, progress, threads);
  }

  public CheckOptions withLimits(long states, Duration time) {
    return new CheckOptions(adversary, only, states, time, exactAmounts, progress, threads);
  }

  public CheckOptions withExactAmounts(boolean exact) {
    return new CheckOptions(adversary, only, maxStates, timeout, exact, progress, threads);
  }

  public CheckOptions withProgress(Progress listener) {
    return new CheckOptions(adversary, only, maxStates, timeout, exactAmounts, listener, threads);
  }

  public CheckOptions withThreads(int count) {
    return new CheckOptions(adversary, only, maxStates, timeout, exactAmounts, progress, count);
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
