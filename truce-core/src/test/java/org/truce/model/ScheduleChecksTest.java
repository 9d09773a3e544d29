package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.model.Trees.codes;
import static org.truce.model.Trees.single;

import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Schedule;

/** Schedules within their phase's days, and batch schedules that reach their totals. */
class ScheduleChecksTest {
  private final Trees t = new Trees();

  @Test
  void daysAfterThePhaseEndAreReportedWithThePhaseLength() {
    Schedule.OnDay late = t.onDay(43);
    ModelResult result =
        t.inPhase(
            t.release("hamas", 1, "hostage", late),
            t.withdraws("israel", "populated areas", t.byDay(50)),
            t.release("hamas", 1, "hostage", t.batches(1, t.days(1), 60L)),
            t.delivers("israel", 600, "aid.truck", t.batches(600, t.days(1), 45L)));
    assertThat(codes(result)).containsOnly(DiagnosticCode.DEADLINE_AFTER_PHASE).hasSize(4);
    Diagnostic first = result.diagnostics().getFirst();
    assertThat(first.span()).isEqualTo(late.span());
    assertThat(first.message()).isEqualTo("day 43 is after phase `one` ends on day 42");
  }

  @Test
  void talksMustBeginWithinThePhase() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", 14L, null, t.item(t.paused()), t.item(t.talks("two", 16)))),
            t.item(t.phase("two", 1L, t.after("one"), t.item(t.paused()))));
    assertThat(single(result).message()).isEqualTo("day 16 is after phase `one` ends on day 14");
  }

  @Test
  void weeksCountAsSevenDaysAndIndefinitePhasesHaveNoLastDay() {
    ModelResult weeks =
        t.inWorld(
            t.item(
                t.phaseLasting(
                    "one",
                    t.weeks(6),
                    null,
                    t.item(t.paused()),
                    t.item(t.release("hamas", 1, "hostage", t.onDay(42))))));
    assertThat(weeks.diagnostics()).isEmpty();
    assertThat(weeks.agreement().orElseThrow().phases().getFirst().durationDays()).contains(42L);
    Trees u = new Trees();
    ModelResult indefinite =
        u.inWorld(
            u.item(
                u.phase(
                    "one",
                    null,
                    null,
                    u.item(u.paused()),
                    u.item(u.release("hamas", 1, "hostage", u.onDay(400))))));
    assertThat(indefinite.diagnostics()).isEmpty();
  }

  @Test
  void aBatchScheduleThatCannotReachItsTotalSaysHowFarItGets() {
    Schedule.Batches batches = t.batches(3, t.days(7), null);
    ModelResult result = t.inPhase(t.release("hamas", 33, "hostage.living.civilian", batches));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.SCHEDULE_FALLS_SHORT);
    assertThat(d.span()).isEqualTo(batches.span());
    // days 1, 8, 15, 22, 29, 36: six batches of 3
    assertThat(d.message())
        .isEqualTo(
            "this schedule releases only 18 of the 33 `hostage.living.civilian` by the end of"
                + " phase `one` (day 42)");
  }

  @Test
  void aBatchScheduleThatJustReachesItsTotalIsAccepted() {
    // days 2, 9, 16, 23, 30, 37: six batches of 5 = 30
    ModelResult result =
        t.inPhase(t.release("hamas", 30, "hostage.living", t.batches(5, t.weeks(1), 2L)));
    assertThat(result.diagnostics()).isEmpty();
  }
}
