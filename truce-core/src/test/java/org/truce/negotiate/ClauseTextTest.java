package org.truce.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelResult;
import org.truce.model.Phase;
import org.truce.model.SourceMap;

/**
 * The texts a diff reports are the clauses as written: the bundled examples are in canonical
 * layout, so each clause's text is its line in the file (the line after its tag, if tagged).
 */
class ClauseTextTest {
  @Test
  void everyClauseOfTheProposalReadsAsItsLineInTheFile() {
    ModelResult proposal = Texts.example("framework-2024-proposal");
    SourceMap map = proposal.sourceMap().orElseThrow();
    ClauseChanges same = ClauseDiff.between(proposal.agreement().get(), proposal.agreement().get());
    List<ClauseVersion> versions =
        Stream.concat(same.interests().stream(), same.clauses().stream())
            .map(change -> change.after().orElseThrow())
            .filter(version -> !(version.element() instanceof Phase))
            .toList();

    assertThat(versions).hasSize(20);
    for (ClauseVersion version : versions) {
      int line =
          map.lineOf(version.element()).orElseThrow() + (version.ref().id().isPresent() ? 1 : 0);
      assertThat(version.text()).isEqualTo(map.source().lineText(line).strip());
    }
  }

  @Test
  void aPhaseReadsAsItsOpeningLineInDaysWithItsBeginning() {
    ModelResult proposal = Texts.example("framework-2024-proposal");
    ClauseChanges same = ClauseDiff.between(proposal.agreement().get(), proposal.agreement().get());
    assertThat(same.clauses())
        .map(change -> change.after().orElseThrow())
        .filteredOn(version -> version.kind().equals("phase"))
        .extracting(ClauseVersion::text)
        .containsExactly(
            "phase one \"Cease-fire and first exchange\" lasts 42 days, begins on day 1",
            "phase two \"Permanent end of hostilities\" lasts 42 days, begins when phase one ended"
                + " and talks on two agreed",
            "phase three \"Reconstruction and return of remains\" lasts 42 days, begins after two");
  }
}
