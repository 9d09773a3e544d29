package org.truce.model.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.ClauseRef;
import org.truce.model.Instrument;
import org.truce.source.DiagnosticCode;
import org.truce.source.Span;
import org.truce.syntax.Clause;
import org.truce.syntax.Name;
import org.truce.vocabulary.RankRelation;

/**
 * Lowers the declaration of an instrument (docs/language.md, "Instruments"): its name is new
 * (E252), its sender and addressee are declared actors (E201), and its rank names {@code agreement}
 * or an instrument declared before it (E251), so that ranks never form a cycle. Its clauses are
 * lowered by {@link Lowering} as top-level clauses that name it.
 */
final class InstrumentLowering {
  private final BuildContext ctx;
  private final Resolver resolver;
  private final Map<String, Span> declared = new LinkedHashMap<>();
  private final List<Instrument> lowered = new ArrayList<>();

  InstrumentLowering(BuildContext ctx, Resolver resolver) {
    this.ctx = ctx;
    this.resolver = resolver;
  }

  /** The instrument, or empty when its name was taken (its clauses are then not lowered). */
  Optional<Instrument> lower(ClauseRef ref, Clause.Instrument i, Span span) {
    String name = i.name().text();
    if (declared.containsKey(name)) {
      ctx.report(
          DiagnosticCode.DUPLICATE_INSTRUMENT, i.name().span(), name, ctx.line(declared.get(name)));
      return Optional.empty();
    }
    i.from().ifPresent(resolver::actor);
    i.to().ifPresent(resolver::actor);
    Optional<String> relativeTo = Optional.empty();
    RankRelation relation = RankRelation.WITH;
    if (i.rank().isPresent()) {
      relation = i.rank().get().relation();
      Optional<Name> other = i.rank().get().other();
      if (other.isPresent() && !declared.containsKey(other.get().text())) {
        ctx.report(
            DiagnosticCode.UNKNOWN_INSTRUMENT,
            other.get().span(),
            other.get().text(),
            declared.isEmpty()
                ? "none is declared before it"
                : "declared before it: " + String.join(", ", declared.keySet()));
      } else {
        relativeTo = other.map(Name::text);
      }
    }
    declared.put(name, i.name().span());
    Instrument instrument =
        ctx.mapped(
            new Instrument(
                ref,
                name,
                i.title().value(),
                i.kind(),
                i.from().map(Name::text),
                i.to().map(Name::text),
                i.published(),
                relation,
                relativeTo),
            span);
    lowered.add(instrument);
    return Optional.of(instrument);
  }

  List<Instrument> lowered() {
    return lowered;
  }
}
