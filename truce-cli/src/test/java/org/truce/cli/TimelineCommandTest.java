package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.cli.testing.Transcript;

/** {@code truce timeline}'s options as typed on the command line. */
class TimelineCommandTest {
  private static final String PAUSE = "src/test/resources/inputs/pause.truce";

  @Test
  void repeatedExtensionsOfOnePhaseAddUp() {
    Transcript t =
        Transcript.main("timeline", PAUSE, "--json", "--extend", "pause=2", "--extend", "pause=1");
    assertThat(t.err()).isEmpty();
    assertThat(t.exit()).isZero();
    assertThat(t.out()).contains("\"extensionDays\": {\n      \"pause\": 3\n    }");
  }
}
