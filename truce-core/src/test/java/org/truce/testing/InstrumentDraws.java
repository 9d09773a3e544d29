package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.Instrument;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.InstrumentKind;
import org.truce.vocabulary.RankRelation;

/**
 * Sometimes declares one or two instruments (docs/semantics.md, "Instruments and precedence") and
 * moves some of the agreement's top-level rights and assurances into them, with ranks above, below
 * or with the agreement or the instrument before. The agreement's own clauses stay first in the
 * lists, then each instrument's in the order declared, as the model lists them.
 */
final class InstrumentDraws {
  private InstrumentDraws() {}

  static Agreement maybe(Dice dice, Agreement agreement) {
    if (agreement.rights().isEmpty() && agreement.assurances().isEmpty() || !dice.chance(35)) {
      return agreement;
    }
    List<Instrument> instruments = new ArrayList<>();
    int count = dice.between(1, 2);
    for (int n = 1; n <= count; n++) {
      Optional<String> relativeTo =
          instruments.isEmpty() || dice.chance(50)
              ? Optional.empty()
              : Optional.of(instruments.getLast().name());
      boolean addressed = agreement.actors().size() >= 2 && dice.chance(50);
      List<String> ends =
          addressed
              ? dice.pick(agreement.actors().stream().map(a -> a.name()).toList(), 2)
              : List.of();
      instruments.add(
          new Instrument(
              org.truce.model.ClauseRef.NONE,
              "doc" + n,
              "Instrument " + n,
              dice.oneOf(List.of(InstrumentKind.values())),
              addressed ? Optional.of(ends.get(0)) : Optional.empty(),
              addressed ? Optional.of(ends.get(1)) : Optional.empty(),
              dice.chance(70),
              dice.oneOf(List.of(RankRelation.values())),
              relativeTo));
    }
    List<List<PhaseClause.Right>> rights = buckets(count);
    for (PhaseClause.Right r : agreement.rights()) {
      int to = dice.between(0, count);
      rights.get(to).add(to == 0 ? r : withInstrument(r, "doc" + to));
    }
    List<List<PhaseClause.Assurance>> assurances = buckets(count);
    for (PhaseClause.Assurance a : agreement.assurances()) {
      int to = dice.between(0, count);
      assurances.get(to).add(to == 0 ? a : withInstrument(a, "doc" + to));
    }
    return new Agreement(
            agreement.metadata(),
            agreement.actors(),
            agreement.holdings(),
            agreement.interests(),
            agreement.phases(),
            rights.stream().flatMap(List::stream).toList(),
            assurances.stream().flatMap(List::stream).toList(),
            agreement.requirements(),
            agreement.conclusion(),
            agreement.lapse())
        .withInstruments(instruments);
  }

  private static <T> List<List<T>> buckets(int instruments) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i <= instruments; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  private static PhaseClause.Right withInstrument(PhaseClause.Right r, String name) {
    return new PhaseClause.Right(r.ref().in(Optional.of(name)), r.party(), r.action(), r.when());
  }

  private static PhaseClause.Assurance withInstrument(PhaseClause.Assurance a, String name) {
    return new PhaseClause.Assurance(
        a.ref().in(Optional.of(name)), a.guarantors(), a.condition(), a.scope());
  }
}
