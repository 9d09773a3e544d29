package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.cli.testing.Transcript;

class DemoRunnerTest {
  @Test
  void showsChecksARenderingTimelinesTheAnalysesADiffTheDossierAndTheMonitorInAboutThreeScreens() {
    Transcript t = Transcript.of(DemoRunner::run);
    assertThat(t.exit()).isZero();
    assertThat(t.err()).isEmpty();
    assertThat(t.out().lines().count()).isLessThanOrEqualTo(150);
    assertThat(t.out())
        .contains("$ truce check --validate-only examples/*.truce")
        .contains("VIOLATED     exposure(hamas) = 33")
        .contains("opens     indefinite-truce (holds 0 -> violated 55)")
        .contains("$ truce timeline examples/november-2023.truce --extend pause=3")
        .contains("sticking point: clause 7 \"Assurances\", rejected by israel since 2024-07-03")
        .contains("concession by hamas on clause 1.10 \"Talks on phase two\"")
        .contains("released israel 240 prisoner.woman_or_minor, hamas 105 hostage (all)")
        .contains("(--counting list): day 7, 8 hostages for 30 prisoners (6 more than the ratio")
        .contains(
            "(--counting credited): day 7, 10 hostages for 30 prisoners (the ratio of 3 holds)")
        .contains(
            "lebanon-2024, Israel and Lebanon, on 2025-02-19, the extended deadline: day 85, phase"
                + " two, hostilities ended")
        .contains(
            "deviation, day 84: israel withdraws from \"Lebanese territory, south of the Blue"
                + " Line\" due on day 84: partly done on day 84 by entry border-villages,"
                + " remaining: five positions; 0 of 1 done, 1 day overdue")
        .contains(
            "ukraine-russia-2025, Russia and Ukraine, on 2025-06-16: day 15, delivered in all:"
                + " russia 6057 remains and 8 releases of unreported count, ukraine 27 remains and"
                + " 7 releases of unreported count; no deviation")
        .contains("russia 6060 body.claimed against 6057, ukraine 78 body against 27")
        .contains("truce COMMAND --help");
    t.matches("demo");
  }

  @Test
  void beginningStopsBeforeTheFirstArticle() {
    assertThat(DemoRunner.beginning("# T\n\n- a\n\n## Article 1. X\n\nbody\n"))
        .isEqualTo("# T\n\n- a");
    assertThat(DemoRunner.beginning("# T\n")).isEqualTo("# T");
  }
}
