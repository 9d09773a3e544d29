package org.truce.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.internal.analysis.Analyses;
import org.truce.check.internal.analysis.Settlement;
import org.truce.check.internal.explore.Graph;
import org.truce.model.SourceMap;

/**
 * The checkpoint of a search with verdicts only (--verdicts): shown the graph found so far, it runs
 * the analyses not yet settled on it and keeps those a partial graph settles ({@link Settlement});
 * the search stops once every analysis asked for is settled. Checkpoints come at geometrically
 * growing sizes ({@code Limits.Checkpoint}), so the analyses run on the partial graphs cost at most
 * about a third more than on the final one. Used by one search at a time.
 */
final class EarlyVerdicts {
  private final Optional<SourceMap> sources;
  private final CheckOptions options;
  private final long deadline;
  private final Map<String, Analysis> settled = new LinkedHashMap<>();
  private final Map<String, Settled> how = new HashMap<>();
  private List<String> wanted;

  EarlyVerdicts(Optional<SourceMap> sources, CheckOptions options, long deadline) {
    this.sources = sources;
    this.options = options;
    this.deadline = deadline;
  }

  /** The checkpoint: true when every analysis asked for is settled on {@code partial}. */
  boolean settled(Graph partial) {
    return settle(partial, new Settlement(partial));
  }

  /**
   * As {@link #settled}, on the graph of the depth-first probe run before the search ({@link
   * org.truce.check.internal.explore.Probe}): its witnesses are runs found, not shortest ones.
   */
  boolean probed(Graph probe) {
    return settle(probe, new Settlement(probe, true));
  }

  private boolean settle(Graph partial, Settlement settlement) {
    if (wanted == null) {
      wanted =
          Analyses.names(partial.system().agreement()).stream().filter(options::wants).toList();
    }
    List<String> open = wanted.stream().filter(n -> !settled.containsKey(n)).toList();
    if (!open.isEmpty()) {
      for (Analysis a :
          Checker.analyse(partial, sources, options.withOnly(open), deadline).analyses()) {
        settlement
            .of(a)
            .ifPresent(
                outcome -> {
                  settled.put(a.name(), outcome.analysis());
                  how.put(a.name(), outcome.settled());
                });
      }
    }
    return settled.keySet().containsAll(wanted);
  }

  /** The analyses not settled at a checkpoint, by name; empty when none was (run them all). */
  Optional<List<String>> unsettled() {
    if (settled.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(wanted.stream().filter(n -> !settled.containsKey(n)).toList());
  }

  /** How each analysis settled at a checkpoint was settled, by name. */
  Map<String, Settled> settledSoFar() {
    return how;
  }

  /**
   * The analyses settled at checkpoints with {@code rest}, the results on the final graph, in the
   * order of {@code names} (every analysis of the text); {@code rest} alone when none was settled.
   */
  List<Analysis> merge(List<Analysis> rest, List<String> names) {
    if (settled.isEmpty()) {
      return rest;
    }
    List<Analysis> all = new ArrayList<>(settled.values());
    all.addAll(rest);
    // A lambda of truce's own, not Comparator.comparingInt (see Diagnostic.IN_SOURCE_ORDER).
    all.sort((a, b) -> Integer.compare(rank(a, names), rank(b, names)));
    return all;
  }

  private static int rank(Analysis analysis, List<String> names) {
    int at = names.indexOf(analysis.name());
    return at < 0 ? Integer.MAX_VALUE : at;
  }
}
