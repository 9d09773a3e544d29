package org.truce.negotiate.internal;

import java.util.List;
import java.util.Optional;
import org.truce.model.Phase;
import org.truce.negotiate.ClauseVersion;

/**
 * A clause of one text as the matcher sees it.
 *
 * @param version what is reported about it
 * @param content what decides whether two matched clauses are the same: the model record, tag
 *     included (for a phase, without its clauses, which are compared one by one)
 * @param identity what a clause keeps when it is reworded: a phase's name, an interest's party, the
 *     word {@code hostilities}; otherwise its {@linkplain Numbers#shape shape}
 * @param perPhase whether a phase has at most one such clause (its hostilities), so that it is
 *     matched by identity only within its phase
 * @param numbers its numbers, in order
 */
public record Listed(
    ClauseVersion version,
    Object content,
    String identity,
    boolean perPhase,
    List<Numbers.Named> numbers) {
  public Listed {
    numbers = List.copyOf(numbers);
  }

  public Optional<String> id() {
    return version.ref().id();
  }

  public Optional<String> label() {
    return version.ref().label();
  }

  public boolean tagged() {
    return id().isPresent();
  }

  public boolean isPhase() {
    return version.element() instanceof Phase;
  }
}
