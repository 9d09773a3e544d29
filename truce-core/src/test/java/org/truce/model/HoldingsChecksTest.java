package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.model.Trees.single;

import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;

/** Releases and ratios against what each side holds. */
class HoldingsChecksTest {
  private final Trees t = new Trees();

  @Test
  void totalsAcrossPhasesMayNotExceedWhatIsHeld() {
    Clause.Release second = t.release("hamas", 20, "hostage.living.civilian", null);
    ModelResult result =
        t.inWorld(
            t.item(
                t.phase(
                    "one",
                    42L,
                    null,
                    t.item(t.paused()),
                    t.item(t.release("hamas", 33, "hostage.living.civilian", null)))),
            t.item(t.phase("two", 42L, t.after("one"), t.item(t.paused()), t.item(second))));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.RELEASES_MORE_THAN_HELD);
    assertThat(d.span()).isEqualTo(second.quantity().span());
    assertThat(d.message())
        .isEqualTo("`hamas` must release 53 `hostage.living.civilian` in all, but holds only 50");
  }

  @Test
  void aCoarserReleaseCountsEverythingBelowIt() {
    // hamas holds 50 + 15 living; 60 living plus 10 civilians is 70
    ModelResult result =
        t.inPhase(
            t.release("hamas", 10, "hostage.living.civilian", null),
            t.release("hamas", 60, "hostage.living", null));
    assertThat(single(result).message())
        .isEqualTo("`hamas` must release 70 `hostage.living` in all, but holds only 65");
  }

  @Test
  void onlyTheFinestOverdrawnCategoryIsReported() {
    ModelResult result =
        t.inPhase(
            t.release("hamas", 51, "hostage.living.civilian", null),
            t.release("hamas", 1, "hostage.remains", null));
    assertThat(single(result).message())
        .isEqualTo("`hamas` must release 51 `hostage.living.civilian` in all, but holds only 50");
  }

  private static final String SIBLINGS =
      """
      agreement "T"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { HOLDINGS }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      phase one lasts 4 days {
        hostilities paused
        RELEASES
      }
      """;

  private static ModelResult siblings(String holdings, String... releases) {
    String text =
        SIBLINGS.replace("HOLDINGS", holdings).replace("RELEASES", String.join("\n  ", releases));
    return ModelBuilder.load(new SourceText("siblings.truce", text));
  }

  @Test
  void siblingReleasesDrawingOnOneBroaderLineAreCountedTogether() {
    ModelResult result =
        siblings(
            "hostage 10",
            "hamas releases 6 hostage.living by day 3",
            "hamas releases 6 hostage.remains by day 3");
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.RELEASES_MORE_THAN_HELD);
    assertThat(d.message())
        .isEqualTo("`hamas` must release 12 `hostage` in all, but holds only 10");
    assertThat(d.span().length()).isEqualTo(1);
    assertThat(
            siblings(
                    "hostage 10",
                    "hamas releases 6 hostage.living by day 3",
                    "hamas releases 4 hostage.remains by day 3")
                .diagnostics())
        .isEmpty();
  }

  @Test
  void theFinestOverdrawnLevelAboveTheReleasesIsReportedOnce() {
    // 12 living against 10 held; all hostages (17 against 15) are overdrawn too, for that reason.
    ModelResult result =
        siblings(
            "hostage.living 10 hostage.remains 5",
            "hamas releases 6 hostage.living.civilian by day 3",
            "hamas releases 6 hostage.living.soldier by day 3",
            "hamas releases 5 hostage.remains by day 3");
    assertThat(single(result).message())
        .isEqualTo("`hamas` must release 12 `hostage.living` in all, but holds only 10");
  }

  @Test
  void allRemainingIsNotCounted() {
    ModelResult result =
        t.inPhase(
            t.release("hamas", 50, "hostage.living.civilian", null),
            t.releaseAll("hamas", "hostage.living.civilian"));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aRatioMustBeMeetableIfTheOtherSideReleasesAllItHolds() {
    Clause.Exchange exchange = t.exchange("israel", 300, "prisoner.life", "hostage.living", null);
    Diagnostic d = single(t.inPhase(exchange));
    assertThat(d.code()).isEqualTo(DiagnosticCode.RATIO_UNMEETABLE);
    assertThat(d.message())
        .isEqualTo(
            "at 300 `prisoner.life` per `hostage.living` released, `israel` may have to release"
                + " up to 19500 `prisoner.life`, but holds only 300");
  }

  @Test
  void aMeetableRatioIsAccepted() {
    ModelResult result =
        t.inPhase(t.exchange("israel", 30, "prisoner", "hostage.living.civilian", "hamas"));
    assertThat(result.diagnostics()).isEmpty();
    PhaseClause.Exchange exchange =
        (PhaseClause.Exchange) result.agreement().orElseThrow().phases().get(0).clauses().get(1);
    assertThat(exchange.unitReleasedBy()).contains("hamas");
    assertThat(exchange.withinDays()).isZero();
  }

  @Test
  void anExchangeAgainstOnesOwnReleases() {
    Diagnostic named =
        single(t.inPhase(t.exchange("israel", 1, "prisoner", "prisoner.life", "israel")));
    assertThat(named.code()).isEqualTo(DiagnosticCode.SELF_EXCHANGE);
    assertThat(named.message())
        .isEqualTo("`israel` would release `prisoner` in exchange for its own releases");
    Trees u = new Trees();
    Item onlyOwn = u.item(u.exchange("israel", 1, "prisoner.general", "prisoner.life", null));
    ModelResult implicit = u.inWorld(u.item(u.phase("one", 4L, null, u.item(u.paused()), onlyOwn)));
    assertThat(single(implicit).code()).isEqualTo(DiagnosticCode.SELF_EXCHANGE);
  }

  @Test
  void approximateHoldingsCountAsTheirNumber() {
    Trees u = new Trees();
    var entries =
        java.util.List.of(
            new Clause.Holding(
                u.cat("hostage"),
                new org.truce.syntax.Amount(org.truce.vocabulary.Bound.ABOUT, 120, u.span()),
                java.util.Optional.empty(),
                u.span()));
    ModelResult result =
        u.build(
            u.item(u.party("a")),
            u.item(u.party("b")),
            u.item(new Clause.Holdings(u.name("a"), entries, u.span())),
            u.item(u.interest("a", u.bool(true))),
            u.item(u.interest("b", u.bool(true))),
            u.item(
                u.phase(
                    "one",
                    4L,
                    null,
                    u.item(u.paused()),
                    u.item(u.release("a", 121, "hostage", null)))));
    assertThat(single(result).message())
        .isEqualTo("`a` must release 121 `hostage` in all, but holds only 120");
  }
}
