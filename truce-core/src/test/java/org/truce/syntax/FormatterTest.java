package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.source.SourceText;
import org.truce.source.Span;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;
import org.truce.vocabulary.TalkState;
import org.truce.vocabulary.TimeUnit;

/** The canonical layout of hand-built trees (no source text, so no comments). */
class FormatterTest {
  private static final Span NONE = Span.NONE;

  @Test
  void printsTheHeaderFieldsInTheFixedOrder() {
    Header header =
        new Header(
            text("Three-stage framework"),
            List.of(
                new HeaderField.Starts("2024-06-01", Optional.of("07:00"), NONE),
                new HeaderField.Previous(text("draft \"A\""), NONE),
                new HeaderField.TabledBy(name("israel"), List.of(name("qatar"), name("us")), NONE),
                new HeaderField.Dated("2024-05-31", NONE),
                new HeaderField.Version(text("2024-05-31"), NONE)),
            NONE);
    String formatted = Formatter.format(new AgreementSyntax(header, List.of(), NONE));
    assertThat(formatted)
        .isEqualTo(
            """
            agreement "Three-stage framework"
              version "2024-05-31"
              dated 2024-05-31
              tabled by israel via qatar, us
              previous "draft \\"A\\""
              starts 2024-06-01 07:00
            """);
  }

  @Test
  void printsAWholeAgreementInTheCanonicalLayout() {
    Clause.Phase one =
        new Clause.Phase(
            name("one"),
            Optional.of(text("Cease-fire")),
            Optional.of(new Length(6, TimeUnit.WEEKS, NONE)),
            Optional.empty(),
            Optional.empty(),
            List.of(
                item(new Clause.Hostilities(HostilityState.PAUSED, NONE)),
                item(
                    new Clause.Release(
                        name("hamas"),
                        new Clause.Quantity.Count(33, NONE),
                        category("hostage.living.civilian"),
                        Optional.of(
                            new Schedule.Batches(
                                3, new Length(7, TimeUnit.DAYS, NONE), Optional.of(1L), NONE)),
                        NONE)),
                item(
                    new Clause.Exchange(
                        name("israel"),
                        30,
                        category("prisoner"),
                        category("hostage.living.civilian"),
                        Optional.of(name("hamas")),
                        Optional.of(new Length(1, TimeUnit.DAYS, NONE)),
                        NONE)),
                item(
                    new Clause.Delivery(
                        name("israel"),
                        DeliveryVerb.ALLOWS,
                        600,
                        category("aid.truck"),
                        new Schedule.Batches(
                            600, new Length(1, TimeUnit.DAYS, NONE), Optional.empty(), NONE),
                        NONE)),
                item(
                    new Clause.Withdrawal(
                        name("israel"),
                        text("populated areas"),
                        new Schedule.ByDay(22, NONE),
                        NONE)),
                item(new Clause.Talks(name("two"), 16, NONE)),
                item(
                    new Clause.Extension(
                        new Length(1, TimeUnit.DAYS, NONE),
                        new Clause.ExtensionTrigger.While(
                            new Expr.TalksAre(
                                Optional.empty(),
                                TalkState.PROGRESSING,
                                Optional.of(name("israel")),
                                NONE),
                            NONE),
                        Optional.of(new Length(2, TimeUnit.WEEKS, NONE)),
                        NONE))),
            NONE);
    Clause.Phase two =
        new Clause.Phase(
            name("two"),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new Clause.Begins.After(name("one"), NONE)),
            Optional.of(new Expr.AllReleased(category("hostage"), Optional.empty(), NONE)),
            List.of(),
            NONE);
    List<Item> items =
        List.of(
            item(new Clause.ActorDecl(List.of(Role.PARTY), name("israel"), text("Israel"), NONE)),
            item(new Clause.ActorDecl(List.of(Role.PARTY), name("hamas"), text("Hamas"), NONE)),
            item(
                new Clause.ActorDecl(
                    List.of(Role.MEDIATOR, Role.GUARANTOR),
                    name("us"),
                    text("United States"),
                    NONE)),
            item(
                new Clause.Holdings(
                    name("hamas"),
                    List.of(
                        holding("hostage.living.civilian", Bound.ABOUT, 50, "women, elderly"),
                        holding("hostage.remains", Bound.EXACTLY, 40, null)),
                    NONE)),
            item(
                new Clause.Interest(
                    name("hamas"), new Expr.HostilitiesAre(HostilityState.ENDED, NONE), NONE)),
            item(
                new Clause.Interest(
                    name("israel"),
                    new Expr.AllReleased(category("hostage.living"), Optional.empty(), NONE),
                    NONE)),
            new Item(Optional.of(new Tag("1", Optional.of(text("Stage one")), NONE)), one, NONE),
            item(two),
            new Item(
                Optional.of(new Tag("4.1", Optional.empty(), NONE)),
                new Clause.Right(
                    name("israel"),
                    RightAction.RESUME_HOSTILITIES,
                    Optional.of(
                        new Expr.And(
                            new Expr.PhaseIs(name("one"), PhaseState.ENDED, NONE),
                            new Expr.Not(
                                new Expr.TalksAre(
                                    Optional.empty(), TalkState.AGREED, Optional.empty(), NONE),
                                NONE),
                            NONE)),
                    NONE),
                NONE),
            item(
                new Clause.Assurance(
                    List.of(name("us")),
                    new Expr.HostilitiesAre(HostilityState.PAUSED, NONE),
                    Optional.of(
                        new Clause.AssuranceScope(
                            ScopeKind.UNTIL,
                            new Expr.PhaseIs(name("two"), PhaseState.BEGUN, NONE),
                            NONE)),
                    NONE)),
            item(
                new Clause.Requirement(
                    RequirementKind.EVENTUALLY,
                    new Expr.Compare(
                        new Expr.Released(category("hostage"), Optional.of(name("hamas")), NONE),
                        CompareOp.GREATER_OR_EQUAL,
                        new Expr.Number(10, NONE),
                        NONE),
                    Optional.of(new Length(60, TimeUnit.DAYS, NONE)),
                    NONE)),
            item(
                new Clause.Concludes(new Expr.PhaseIs(name("two"), PhaseState.ENDED, NONE), NONE)));
    String formatted =
        Formatter.format(
            new AgreementSyntax(new Header(text("Framework"), List.of(), NONE), items, NONE));
    assertThat(formatted)
        .isEqualTo(
            """
            agreement "Framework"

            party israel "Israel"
            party hamas "Hamas"
            mediator, guarantor us "United States"

            held by hamas {
              hostage.living.civilian about 50 "women, elderly"
              hostage.remains         40
            }

            interest hamas: hostilities ended
            interest israel: all hostage.living released

            [1 "Stage one"]
            phase one "Cease-fire" lasts 6 weeks {
              hostilities paused
              hamas releases 33 hostage.living.civilian, 3 every 7 days from day 1
              israel releases 30 prisoner per hostage.living.civilian released by hamas within 1 day
              israel allows 600 aid.truck per day
              israel withdraws from "populated areas" by day 22
              talks on two begin by day 16
              extends by 1 day while talks progressing as judged by israel, up to 2 weeks
            }

            phase two lasts indefinitely, begins after one, ends when all hostage released {
            }

            [4.1]
            israel may resume hostilities when phase one ended and not talks agreed

            us ensures hostilities paused until phase two begun

            require eventually released hostage by hamas >= 10 within 60 days

            concludes when phase two ended
            """);
  }

  @Test
  void releasesTakeNoCommaBeforeADeadline() {
    Clause release =
        new Clause.Release(
            name("hamas"),
            new Clause.Quantity.AllRemaining(NONE),
            category("hostage.remains"),
            Optional.of(new Schedule.OnDay(42, NONE)),
            NONE);
    assertThat(onlyLine(release))
        .isEqualTo("hamas releases all remaining hostage.remains on day 42");
  }

  @Test
  void deliveriesOfTheWholeAmountEachDayOrWeekAreWrittenShort() {
    assertThat(onlyLine(delivery(50, 50, 1, Optional.empty())))
        .isEqualTo("egypt delivers 50 fuel.truck per week");
  }

  @Test
  void aDeliveryWithAFirstDayKeepsItsFullScheduleSoThatItParsesAgain() {
    String line = onlyLine(delivery(50, 50, 1, Optional.of(3L)));
    assertThat(line).isEqualTo("egypt delivers 50 fuel.truck, 50 per week from day 3");
    String text = "agreement \"T\"\nphase one lasts 4 weeks {\n  " + line + "\n}\n";
    ParseResult reparsed = Parser.parse(new SourceText("again.truce", text));
    assertThat(reparsed.diagnostics()).isEmpty();
    assertThat(Formatter.format(reparsed)).contains(line);
  }

  @Test
  void fullSchedulesOfOtherDeliveriesStay() {
    assertThat(onlyLine(delivery(50, 10, 1, Optional.empty())))
        .isEqualTo("egypt delivers 50 fuel.truck, 10 per week");
    assertThat(onlyLine(delivery(50, 50, 2, Optional.empty())))
        .isEqualTo("egypt delivers 50 fuel.truck, 50 every 2 weeks");
  }

  private static Clause delivery(long amount, long size, long weeks, Optional<Long> from) {
    return new Clause.Delivery(
        name("egypt"),
        DeliveryVerb.DELIVERS,
        amount,
        category("fuel.truck"),
        new Schedule.Batches(size, new Length(weeks, TimeUnit.WEEKS, NONE), from, NONE),
        NONE);
  }

  @Test
  void severalGuarantorsEnsure() {
    Clause assurance =
        new Clause.Assurance(
            List.of(name("qatar"), name("egypt")),
            new Expr.HostilitiesAre(HostilityState.PAUSED, NONE),
            Optional.of(
                new Clause.AssuranceScope(
                    ScopeKind.WHILE,
                    new Expr.TalksAre(
                        Optional.of(name("two")), TalkState.BEGUN, Optional.empty(), NONE),
                    NONE)),
            NONE);
    assertThat(onlyLine(assurance))
        .isEqualTo("qatar, egypt ensure hostilities paused while talks on two begun");
  }

  @Test
  void extensionsPerReleaseSayAdditional() {
    Clause extension =
        new Clause.Extension(
            new Length(1, TimeUnit.DAYS, NONE),
            new Clause.ExtensionTrigger.PerReleases(
                10, category("hostage"), Optional.of(name("hamas")), NONE),
            Optional.empty(),
            NONE);
    assertThat(onlyLine(extension))
        .isEqualTo("extends by 1 day per 10 additional hostage released by hamas");
  }

  @Test
  void escapesQuotesBackslashesAndLineBreaksButKeepsOtherCharacters() {
    Clause actor =
        new Clause.ActorDecl(
            List.of(Role.ENDORSER), name("un"), text("Conseil \"de\" sécurité\\\n安理会"), NONE);
    assertThat(onlyLine(actor)).isEqualTo("endorser un \"Conseil \\\"de\\\" sécurité\\\\\\n安理会\"");
  }

  @Test
  void aHoldingsBlockIsSetApartEvenBetweenItemsOfOneKind() {
    List<Item> items =
        List.of(
            item(
                new Clause.Holdings(
                    name("a"), List.of(holding("x", Bound.AT_LEAST, 1, null)), NONE)),
            item(
                new Clause.Holdings(
                    name("b"), List.of(holding("y", Bound.AT_MOST, 2, null)), NONE)));
    assertThat(
            Formatter.format(
                new AgreementSyntax(new Header(text("T"), List.of(), NONE), items, NONE)))
        .isEqualTo(
            """
            agreement "T"

            held by a {
              x at least 1
            }

            held by b {
              y at most 2
            }
            """);
  }

  @Test
  void refusesAParseWithErrors() {
    ParseResult broken = Parser.parse(new SourceText("broken.truce", "agreement \"T\"\nparty"));
    assertThat(broken.hasErrors()).isTrue();
    assertThatThrownBy(() -> Formatter.format(broken)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHeaderAloneEndsWithOneLineBreak() {
    ParseResult parsed = Parser.parse(new SourceText("t.truce", "agreement   \"T\"  # only\n\n\n"));
    assertThat(Formatter.format(parsed)).isEqualTo("agreement \"T\" # only\n");
  }

  static String onlyLine(Clause clause) {
    String formatted =
        Formatter.format(
            new AgreementSyntax(
                new Header(text("T"), List.of(), NONE), List.of(item(clause)), NONE));
    return formatted.substring("agreement \"T\"\n\n".length()).stripTrailing();
  }

  static Item item(Clause clause) {
    return new Item(Optional.empty(), clause, NONE);
  }

  static Clause.Holding holding(String category, Bound bound, long count, String description) {
    return new Clause.Holding(
        category(category),
        new Amount(bound, count, NONE),
        Optional.ofNullable(description).map(FormatterTest::text),
        NONE);
  }

  static Name name(String text) {
    return new Name(text, NONE);
  }

  static Text text(String value) {
    return new Text(value, NONE);
  }

  static CategoryName category(String path) {
    return new CategoryName(List.of(path.split("\\.")), NONE);
  }
}
