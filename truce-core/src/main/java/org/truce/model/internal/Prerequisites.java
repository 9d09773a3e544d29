package org.truce.model.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.truce.syntax.Clause;
import org.truce.syntax.Expr;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.PhaseState;

/**
 * What a phase must wait for: the phases that must have begun (value false) or ended (value true)
 * before its entry can hold. {@code begins after X} needs X ended; a {@code begins when} condition
 * needs what every way of making it true needs: both sides of {@code and}, the common part of
 * {@code or}, nothing under {@code not}. Talks belong to the phase that declares them.
 */
final class Prerequisites {
  private final NameTable table;

  Prerequisites(NameTable table) {
    this.table = table;
  }

  Map<String, Boolean> of(Clause.Phase phase) {
    return switch (phase.begins().orElse(null)) {
      case Clause.Begins.After a -> known(a.phase().text(), true);
      case Clause.Begins.When w -> of(w.condition());
      case null, default -> Map.of();
    };
  }

  private Map<String, Boolean> of(Expr expr) {
    return switch (expr) {
      case Expr.And and -> union(of(and.left()), of(and.right()));
      case Expr.Or or -> intersection(of(or.left()), of(or.right()));
      case Expr.PhaseIs p -> known(p.phase().text(), p.state() == PhaseState.ENDED);
      case Expr.TalksAre t -> talksPhase(t).map(phase -> known(phase, false)).orElse(Map.of());
      default -> Map.of();
    };
  }

  private Optional<String> talksPhase(Expr.TalksAre t) {
    if (t.on().isPresent()) {
      return table.talksOn(t.on().get().text()).map(NameTable.TalksEntry::inPhase);
    }
    return table.talks().size() == 1
        ? Optional.of(table.talks().values().iterator().next().inPhase())
        : Optional.empty();
  }

  private Map<String, Boolean> known(String phase, boolean ended) {
    return table.phase(phase).isPresent() ? Map.of(phase, ended) : Map.of();
  }

  private static Map<String, Boolean> union(Map<String, Boolean> a, Map<String, Boolean> b) {
    Map<String, Boolean> merged = new LinkedHashMap<>(a);
    b.forEach((phase, ended) -> merged.merge(phase, ended, Boolean::logicalOr));
    return merged;
  }

  private static Map<String, Boolean> intersection(Map<String, Boolean> a, Map<String, Boolean> b) {
    Map<String, Boolean> common = new LinkedHashMap<>();
    a.forEach(
        (phase, ended) -> {
          if (b.containsKey(phase)) {
            common.put(phase, ended && b.get(phase));
          }
        });
    return common;
  }

  /** The value of a condition that is the same in every state, if it is. */
  static Optional<Boolean> constant(Expr expr) {
    return switch (expr) {
      case Expr.BoolLiteral b -> Optional.of(b.value());
      case Expr.Not not -> constant(not.operand()).map(v -> !v);
      case Expr.And and -> {
        Optional<Boolean> l = constant(and.left());
        Optional<Boolean> r = constant(and.right());
        if (l.equals(Optional.of(false)) || r.equals(Optional.of(false))) {
          yield Optional.of(false);
        }
        yield l.isPresent() && r.isPresent() ? Optional.of(true) : Optional.empty();
      }
      case Expr.Or or -> {
        Optional<Boolean> l = constant(or.left());
        Optional<Boolean> r = constant(or.right());
        if (l.equals(Optional.of(true)) || r.equals(Optional.of(true))) {
          yield Optional.of(true);
        }
        yield l.isPresent() && r.isPresent() ? Optional.of(false) : Optional.empty();
      }
      case Expr.Compare c
          when c.left() instanceof Expr.Number l && c.right() instanceof Expr.Number r ->
          Optional.of(compare(l.value(), c.op(), r.value()));
      default -> Optional.empty();
    };
  }

  private static boolean compare(long l, CompareOp op, long r) {
    return switch (op) {
      case LESS -> l < r;
      case LESS_OR_EQUAL -> l <= r;
      case GREATER -> l > r;
      case GREATER_OR_EQUAL -> l >= r;
      case EQUAL -> l == r;
      case NOT_EQUAL -> l != r;
    };
  }
}
