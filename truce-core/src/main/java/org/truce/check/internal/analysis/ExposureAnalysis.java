package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.check.Analysis;
import org.truce.check.Verdict;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.system.Outcome;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.RightAction;

/**
 * exposure(P): the most units P can have released at a moment when another party may lawfully
 * resume hostilities, suspend its obligations or terminate the agreement (or has just done so; or,
 * as the adversary, may do so at any moment) while P's interest is not secured. Moments after the
 * agreement concluded count too: a right that outlives the text still exposes P. A lapsed agreement
 * binds no one, so a lapse counts as a moment when every other party may lawfully resume
 * hostilities (docs/semantics.md, step 10). Zero means P cannot be left exposed.
 */
final class ExposureAnalysis {
  private ExposureAnalysis() {}

  static Analysis run(Context c, String party) {
    String name = "exposure(" + party + ")";
    boolean adversaryAgainst = c.ts.adversary().filter(a -> !a.equals(party)).isPresent();
    // The states by what the party has released, most first, the first found first among equals
    // (UnitsOrder): the first that exposes the party is the answer, and its witness a shortest run
    // to that figure.
    Graph.Values values = c.graph.valuesReader();
    int[] counters = c.ts.releasedByVars(party);
    Graph.Values counts = c.graph.valuesReader();
    List<List<PhaseClause.Right>> found = new ArrayList<>(1);
    int bestId =
        UnitsOrder.first(
            c.graph.size(),
            id -> counts.sum(id, counters),
            id -> {
              Optional<List<PhaseClause.Right>> rights =
                  exposing(c, party, adversaryAgainst, values.of(id));
              rights.ifPresent(found::add);
              return rights.isPresent();
            },
            c.footprint);
    if (bestId < 0) {
      return Verdicts.holdsIfComplete(
          c,
          name,
          OptionalLong.of(0),
          party
              + " cannot have released anything while another party may lawfully end the truce"
              + " and its interest is unsecured");
    }
    long[] v = c.graph.values(bestId);
    long best = c.ts.releasedBy(v, party);
    List<PhaseClause.Right> bestRights = found.getFirst();
    List<Finding> findings = new ArrayList<>();
    List<String> who = new ArrayList<>();
    for (PhaseClause.Right r : bestRights) {
      String text = r.party() + " may " + r.action().words();
      who.add(text + c.cite(r.ref(), r));
      findings.add(new Finding(text, r.ref(), r));
    }
    Outcome ended = c.ts.outcome(v);
    if (ended.lapsed()) {
      var lapse = c.ts.agreement().lapse().orElseThrow();
      String text = "the agreement has lapsed, so every other party is free to resume hostilities";
      who.add(text + c.cite(lapse.ref(), lapse));
      findings.add(new Finding(text, lapse.ref(), lapse));
    } else if (ended.party().isPresent()) {
      String text =
          ended.party().get()
              + (ended.kind() == Outcome.Kind.BREACH
                  ? " has ended the truce in breach of the text"
                  : " has exercised its right to " + ended.action().orElseThrow().words());
      who.add(text);
      findings.add(Finding.of(text));
    } else if (bestRights.isEmpty()) {
      String adversary = c.ts.adversary().orElseThrow();
      who.add(adversary + " may end the truce in breach of the text");
      findings.add(Finding.of(adversary + " may end the truce in breach of the text"));
    }
    String released = StateFacts.released(c.ts, v, party);
    findings.add(Finding.of(party + " has released " + released));
    String interest =
        c.interest(party).map(i -> c.text(i.condition())).orElse("no interest is stated");
    findings.add(Finding.of(party + "'s interest is not secured: " + interest));
    String summary =
        party
            + " can have released "
            + released
            + " while "
            + String.join(" and ", who)
            + ", with its interest ("
            + interest
            + ") unsecured";
    Analysis result =
        Verdicts.violated(
            name,
            OptionalLong.of(best),
            summary,
            c.witnesses.run(c.graph.pathTo(bestId), findings));
    if (!c.graph.complete()) {
      return new Analysis(
          name,
          Verdict.INCONCLUSIVE,
          result.value(),
          "at least: " + summary,
          result.figures(),
          result.witness());
    }
    return result;
  }

  /**
   * The rights that expose {@code party} in the state of values {@code v} (none when another party
   * ended the run, or the adversary may), or nothing when the state does not expose it.
   */
  private static Optional<List<PhaseClause.Right>> exposing(
      Context c, String party, boolean adversaryAgainst, long[] v) {
    Outcome outcome = c.ts.outcome(v);
    if (outcome.party().filter(party::equals).isPresent()) {
      return Optional.empty();
    }
    boolean endedByOther = outcome.party().isPresent() || outcome.lapsed();
    // Most states give no other party a right: that cheap test before the interest's.
    boolean threatened = endedByOther || adversaryAgainst || c.anyRightAgainst(party, v);
    if (!threatened || c.secured(party, v)) {
      return Optional.empty();
    }
    List<PhaseClause.Right> rights =
        endedByOther ? List.of() : c.rightsAgainst(party, v, EnumSet.allOf(RightAction.class));
    if (rights.isEmpty() && !adversaryAgainst && !endedByOther) {
      return Optional.empty();
    }
    return Optional.of(rights);
  }
}
