package org.truce.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelResult;
import org.truce.source.JsonLayout;
import org.truce.testing.Golden;

/**
 * The diff of the 2024 proposal and the Hamas counterproposal that answered it: the examples share
 * their clause ids, and the counterproposal changes the header and the mediators' roles, drops the
 * Security Council as endorser and adds the assurances of clause 7; every other clause is worded
 * the same.
 */
class ClauseDiffExamplesTest {
  private static final Path DIR = Golden.resources().resolve("negotiate");
  private static final ModelResult PROPOSAL = Texts.example("framework-2024-proposal");
  private static final ModelResult COUNTER = Texts.example("framework-2024-counterproposal");

  private static ClauseChanges diff() {
    return ClauseDiff.between(PROPOSAL.agreement().get(), COUNTER.agreement().get());
  }

  @Test
  void textMatchesTheGoldenFile() {
    Golden.assertMatches(
        DIR.resolve("framework-2024.diff.txt"),
        ClauseDiffText.render(diff(), PROPOSAL.sourceMap(), COUNTER.sourceMap()));
  }

  @Test
  void jsonMatchesTheGoldenFile() throws JsonProcessingException {
    Object json = ClauseDiffJson.of(diff(), PROPOSAL.sourceMap(), COUNTER.sourceMap());
    String written =
        new ObjectMapper().writer(JsonLayout.prettyPrinter()).writeValueAsString(json) + "\n";
    Golden.assertMatches(DIR.resolve("framework-2024.diff.json"), written);
  }

  @Test
  void onlyTheAssurancesAreAddedAndNoClauseIsRemovedOrReworded() {
    ClauseChanges changes = diff();

    assertThat(changes.clauses(Change.ADDED))
        .singleElement()
        .satisfies(
            added -> {
              assertThat(added.ref().id()).contains("7");
              assertThat(added.kind()).isEqualTo("assurance");
              assertThat(added.phase()).isEmpty();
              assertThat(added.after().orElseThrow().text())
                  .isEqualTo(
                      "qatar, us ensure hostilities paused and not talks on two stalled"
                          + " until talks on two agreed");
            });
    assertThat(changes.clauses(Change.REMOVED)).isEmpty();
    assertThat(changes.clauses(Change.CHANGED)).isEmpty();
    assertThat(changes.clauses(Change.UNCHANGED))
        .extracting(change -> change.ref().id().orElse("untagged"))
        .contains("1", "1.1", "1.6", "1.11", "2", "2.4", "3", "3.2", "4", "5", "6.1", "6.2");
    assertThat(changes.interests()).allMatch(change -> change.change() == Change.UNCHANGED);
    assertThat(changes.holdings()).isEmpty();
  }

  @Test
  void mediatorsBecomeGuarantorsAndTheEndorserGoes() {
    assertThat(diff().actors())
        .extracting(change -> change.change() + " " + change.name())
        .containsExactly("CHANGED qatar", "CHANGED us", "REMOVED unsc");
  }

  @Test
  void headerChangesVersionDateTablingPartyAndLineage() {
    assertThat(diff().header())
        .extracting(HeaderChange::field, HeaderChange::before, HeaderChange::after)
        .map(tuple -> tuple.toList().toString())
        .containsExactly(
            "[VERSION, Optional[2024-05-31], Optional[2024-07 counterproposal]]",
            "[DATED, Optional[2024-05-31], Optional.empty]",
            "[TABLED_BY, Optional[israel], Optional[hamas]]",
            "[PREVIOUS, Optional.empty, Optional[2024-05-31]]");
  }

  @Test
  void theNewTextAnsweringTheOldIsTheOldAnsweringTheNewReversed() {
    ClauseChanges back = ClauseDiff.between(COUNTER.agreement().get(), PROPOSAL.agreement().get());
    assertThat(back.clauses(Change.REMOVED))
        .extracting(change -> change.ref().id())
        .containsExactly(Optional.of("7"));
    assertThat(back.actors())
        .extracting(change -> change.change() + " " + change.name())
        .containsExactly("CHANGED qatar", "CHANGED us", "ADDED unsc");
  }
}
