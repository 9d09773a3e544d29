package org.truce.model.internal;

import java.util.Optional;
import org.truce.model.ClauseRef;
import org.truce.model.Lapse;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.Clause;

/**
 * The lapse clause of a text: at most one (E150), its day a day of the agreement from 1 to {@link
 * QuantityChecks#MAX_DAYS} (E151), its condition well typed.
 */
final class LapseLowering {
  private final BuildContext ctx;
  private final TypeChecker types;
  private Optional<Lapse> lowered = Optional.empty();
  private Span first = Span.NONE;

  LapseLowering(BuildContext ctx, TypeChecker types) {
    this.ctx = ctx;
    this.types = types;
  }

  void lower(ClauseRef ref, Clause.Lapses l, Span span) {
    l.onDay()
        .filter(d -> d.day() < 1 || d.day() > QuantityChecks.MAX_DAYS)
        .ifPresent(
            d ->
                ctx.report(
                    DiagnosticCode.LAPSE_DAY_OUT_OF_RANGE,
                    d.span(),
                    d.day(),
                    QuantityChecks.MAX_DAYS));
    Lapse lapse =
        ctx.mapped(
            new Lapse(ref, l.onDay().map(Clause.DayMark::day), l.condition().map(types::condition)),
            span);
    if (lowered.isPresent()) {
      ctx.report(DiagnosticCode.TWO_LAPSES, span, ctx.line(first));
      return;
    }
    lowered = Optional.of(lapse);
    first = span;
  }

  Optional<Lapse> lowered() {
    return lowered;
  }
}
