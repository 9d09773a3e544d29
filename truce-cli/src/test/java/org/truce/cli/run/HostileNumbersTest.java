package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.cli.testing.Transcript;

/**
 * Issue 16, item 4: texts that passed validation and then crashed a later command (exit 3) are
 * refused with a diagnostic by every command that reads them (exit 2).
 */
class HostileNumbersTest {
  private static final String INPUTS = "src/test/resources/inputs/";
  private static final String DAYS = INPUTS + "long-exchange-window.truce";
  private static final String WEEKS = INPUTS + "long-exchange-window-weeks.truce";
  private static final String WINDOW = INPUTS + "exchange-window-53-weeks.truce";

  @Test
  void checkRefusesAnExchangeWindowOfAHundredMillionDays() {
    Transcript.main("check", DAYS).matches("check-long-exchange-window");
  }

  @Test
  void promelaExportRefusesAThousandMillionWeeks() {
    Transcript.main("export", "--format", "promela", WEEKS)
        .matches("export-promela-long-exchange-window");
  }

  @Test
  void diffRefusesIt() {
    Transcript t = Transcript.main("diff", DAYS, WEEKS);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("error[E307]").doesNotContain("internal error");
  }

  @Test
  void timelineRefusesIt() {
    Transcript t = Transcript.main("timeline", WEEKS);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("error[E307]");
  }

  @Test
  void anExchangeWindowOfMoreThanAYearIsRefused() {
    Transcript.main("check", WINDOW).matches("check-exchange-window-53-weeks");
  }
}
