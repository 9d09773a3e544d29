package org.truce.model;

import java.util.List;
import java.util.Optional;
import org.truce.model.internal.print.AgreementSyntaxBuilder;
import org.truce.source.Span;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.Clause;
import org.truce.syntax.Formatter;
import org.truce.syntax.Header;
import org.truce.syntax.Item;
import org.truce.syntax.Text;

/**
 * Prints a model as canonical {@code .truce} text (used by {@code truce import}): converts it to a
 * syntax tree and formats that, so there is one printer for the language. Loading the printed text
 * gives back an equal model.
 *
 * <p>The {@code clause} methods print one clause as it is written on its line, without its tag
 * (used by clause-level diffs). They go through the same conversion and formatter as {@link
 * #print(Agreement)}: the clause is put in an otherwise empty agreement and its line is taken back.
 */
public final class ModelPrinter {
  private static final Metadata NO_METADATA =
      new Metadata(
          "",
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
  private static final Header NO_HEADER = new Header(new Text("", Span.NONE), List.of(), Span.NONE);

  private ModelPrinter() {}

  public static String print(Agreement agreement) {
    return Formatter.format(AgreementSyntaxBuilder.of(agreement));
  }

  /** A clause of a phase, or a top-level right or assurance: {@code hostilities paused}. */
  public static String clause(PhaseClause clause) {
    Phase holder = phase("p", List.of(clause));
    Clause.Phase phase =
        (Clause.Phase)
            items(agreement(List.of(), List.of(), List.of(holder), List.of(), Optional.empty()))
                .getFirst()
                .clause();
    return line(phase.body().getFirst().clause());
  }

  /**
   * The opening line of a phase without its brace and clauses: {@code phase one lasts 42 days,
   * begins after zero}. The beginning is always printed, since the line stands alone.
   */
  public static String clause(Phase phase) {
    // The first phase of a text leaves out `begins on day 1`; a phase after another keeps it.
    List<Item> items =
        items(
            agreement(
                List.of(),
                List.of(),
                List.of(phase(phase.name(), List.of()), phase),
                List.of(),
                Optional.empty()));
    Clause.Phase printed = (Clause.Phase) items.get(1).clause();
    String opening =
        line(
            new Clause.Phase(
                printed.name(),
                printed.title(),
                printed.duration(),
                printed.begins(),
                printed.endsWhen(),
                List.of(),
                Span.NONE));
    return opening.substring(0, opening.length() - " {".length());
  }

  /** {@code mediator, guarantor qatar "Qatar"}. */
  public static String clause(Actor actor) {
    return only(agreement(List.of(actor), List.of(), List.of(), List.of(), Optional.empty()));
  }

  /** {@code interest hamas: hostilities ended}. */
  public static String clause(Interest interest) {
    return only(agreement(List.of(), List.of(interest), List.of(), List.of(), Optional.empty()));
  }

  /** {@code require eventually all hostage.living released within 90 days}. */
  public static String clause(Requirement requirement) {
    return only(agreement(List.of(), List.of(), List.of(), List.of(requirement), Optional.empty()));
  }

  /** {@code concludes when phase three ended}. */
  public static String clause(Conclusion conclusion) {
    return only(agreement(List.of(), List.of(), List.of(), List.of(), Optional.of(conclusion)));
  }

  /** {@code lapses on day 84}, {@code lapses on day 60 unless talks on two agreed}. */
  public static String clause(Lapse lapse) {
    return only(
        agreement(List.of(), List.of(), List.of(), List.of(), Optional.empty())
            .withLapse(Optional.of(lapse)));
  }

  /**
   * The opening line of an instrument without its brace and clauses: {@code instrument letter
   * "Letter of assurances" side letter from us to israel, not published, ranks above agreement}.
   */
  public static String clause(Instrument instrument) {
    Agreement alone =
        agreement(List.of(), List.of(), List.of(), List.of(), Optional.empty())
            .withInstruments(List.of(instrument));
    String opening = line(items(alone).getLast().clause());
    int brace = opening.lastIndexOf(" {");
    return brace < 0 ? opening : opening.substring(0, brace);
  }

  private static Phase phase(String name, List<PhaseClause> clauses) {
    return new Phase(
        ClauseRef.NONE,
        name,
        Optional.empty(),
        Optional.empty(),
        new Phase.Entry.OnDay(1),
        Optional.empty(),
        clauses);
  }

  private static Agreement agreement(
      List<Actor> actors,
      List<Interest> interests,
      List<Phase> phases,
      List<Requirement> requirements,
      Optional<Conclusion> conclusion) {
    return new Agreement(
        NO_METADATA,
        actors,
        List.of(),
        interests,
        phases,
        List.of(),
        List.of(),
        requirements,
        conclusion);
  }

  private static List<Item> items(Agreement agreement) {
    return AgreementSyntaxBuilder.of(agreement).items();
  }

  /** The line of the one item of a small agreement. */
  private static String only(Agreement agreement) {
    return line(items(agreement).getFirst().clause());
  }

  /** The formatted line of one clause, alone after an empty header and a blank line. */
  private static String line(Clause clause) {
    AgreementSyntax alone =
        new AgreementSyntax(
            NO_HEADER, List.of(new Item(Optional.empty(), clause, Span.NONE)), Span.NONE);
    return Formatter.format(alone).lines().skip(2).findFirst().orElseThrow();
  }
}
