package org.truce.testing;

import java.util.HashMap;
import java.util.Map;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Instrument;

/**
 * The ranks of docs/semantics.md, "Instruments and precedence", read from the page for the
 * interpreter: the agreement has rank 0; {@code ranks above X} is one more than X, {@code below}
 * one less, {@code with} the same; no stated rank is the agreement's. A clause has the rank of its
 * instrument; a right is removed only by an assurance of the same or a higher rank.
 */
final class InterpreterInstruments {
  private final Map<String, Integer> ranks = new HashMap<>();

  InterpreterInstruments(Agreement agreement) {
    // X is `agreement` or an instrument declared before, so one pass in order suffices.
    for (Instrument i : agreement.instruments()) {
      int base = i.relativeTo().map(ranks::get).orElse(0);
      int step =
          switch (i.relation()) {
            case ABOVE -> 1;
            case BELOW -> -1;
            case WITH -> 0;
          };
      ranks.put(i.name(), base + step);
    }
  }

  int rank(ClauseRef ref) {
    return ref.instrument().map(ranks::get).orElse(0);
  }
}
