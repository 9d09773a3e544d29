package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.Transcript;

/**
 * {@code truce check} reports a dead right with a warning at its place (docs/semantics.md, "Dead
 * clauses"), and a baseline that accepts the finding hides the warning with it.
 */
class CheckDeadClausesTest {
  private static final Path COUNTERPROPOSAL =
      Path.of("../examples/framework-2024-counterproposal.truce");

  @TempDir Path tmp;

  @Test
  void theCounterproposalsAssuranceVoidsTheRightOfResumption() throws Exception {
    Path file = tmp.resolve("counterproposal.truce");
    Files.copy(COUNTERPROPOSAL, file);
    Transcript t = Transcript.main("check", "--only", "dead-clauses", file.toString()).hiding(tmp);
    t.matches("check-dead-clauses");
    assertThat(t.exit()).isEqualTo(1);

    Files.writeString(
        Path.of(file + ".baseline"),
        "accept dead-clauses up to 1 because \"the guarantors mean to remove the right\"\n",
        StandardCharsets.UTF_8);
    Transcript accepted =
        Transcript.main("check", "--only", "dead-clauses", file.toString()).hiding(tmp);
    assertThat(accepted.exit()).isZero();
    assertThat(accepted.err()).doesNotContain("W251");
    assertThat(accepted.out()).contains("accepted     dead-clauses = 1 (accepted up to 1)");
  }
}
