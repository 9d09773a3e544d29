package org.truce.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.truce.check.baseline.Acceptance;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Holdings;
import org.truce.model.Interest;
import org.truce.model.Metadata;
import org.truce.model.Requirement;
import org.truce.model.SourceMap;
import org.truce.render.ConditionText;
import org.truce.render.Phrase;
import org.truce.render.Phrases;
import org.truce.vocabulary.Role;

/**
 * Lays an agreement out as a document: the title block, Article 1 the parties, Article 2 the
 * holdings, one article per phase, then the agreement's own rights, assurances and the conclusion;
 * then one part per other instrument with its rights and assurances; then, for analysts and not as
 * articles, Annex A the interests and {@code require} properties and an annex of the accepted
 * findings when a baseline is given. Articles without content are left out and the rest numbered
 * consecutively.
 */
public final class DocBuilder {
  private final Agreement agreement;
  private final Optional<SourceMap> sourceMap;
  private final Function<Object, Optional<Integer>> lines;
  private final List<Doc.Article> articles = new ArrayList<>();
  private final List<Doc.Annex> annexes = new ArrayList<>();
  private final List<Acceptance> accepted;
  private final String baselineName;

  private DocBuilder(
      Agreement agreement,
      Optional<SourceMap> sourceMap,
      List<Acceptance> accepted,
      String baselineName) {
    this.agreement = agreement;
    this.accepted = List.copyOf(accepted);
    this.baselineName = baselineName;
    this.sourceMap = sourceMap;
    this.lines = element -> sourceMap.flatMap(map -> map.lineOf(element));
  }

  public static Doc build(Agreement agreement, Optional<SourceMap> sourceMap) {
    return build(agreement, sourceMap, List.of(), "");
  }

  /** With an annex of the findings accepted in the baseline named {@code baselineName}. */
  public static Doc build(
      Agreement agreement,
      Optional<SourceMap> sourceMap,
      List<Acceptance> accepted,
      String baselineName) {
    return new DocBuilder(agreement, sourceMap, accepted, baselineName).build();
  }

  private Doc build() {
    parties();
    holdings();
    agreement.phases().forEach(phase -> articles.add(PhaseArticle.of(phase, next(), lines)));
    listArticle(
        "Rights",
        agreement.rights().stream().filter(r -> r.ref().instrument().isEmpty()).toList(),
        r -> r.ref(),
        r -> ClauseText.right(r, false));
    listArticle(
        "Assurances",
        agreement.assurances().stream().filter(a -> a.ref().instrument().isEmpty()).toList(),
        a -> a.ref(),
        ClauseText::assurance);
    agreement
        .conclusion()
        .ifPresent(
            c -> {
              ArticleBuilder article = article(Phrase.words("Conclusion"));
              article.para(
                  c.ref(),
                  Phrase.words("The agreement concludes when ")
                      .then(ConditionText.of(c.condition()))
                      .then("."),
                  c);
              articles.add(article.build());
            });
    agreement
        .lapse()
        .ifPresent(l -> articles.add(LapseArticle.of(l, article(Phrase.words("Lapse")))));
    List<Doc.Part> parts =
        agreement.instruments().stream()
            .map(i -> InstrumentPart.of(agreement, i, this::fullName, lines))
            .toList();
    analystsAnnex();
    acceptedAnnex();
    Metadata m = agreement.metadata();
    return new Doc(Phrase.words(m.title()), facts(m), notes(), articles, parts, annexes);
  }

  /**
   * The interests and {@code require} properties: what the analyses read, not what the parties
   * undertake, so an annex after the articles rather than articles of the agreement.
   */
  private void analystsAnnex() {
    if (agreement.interests().isEmpty() && agreement.requirements().isEmpty()) {
      return;
    }
    ArticleBuilder annex = annex(Phrase.words("For analysts: interests and required properties"));
    annex.add(
        new Doc.Note(
            Phrase.builder()
                .words(
                    "Not articles of the agreement: what each party needs secured, and the"
                        + " properties the analyses of ")
                .name("truce check")
                .words(" test the text against.")
                .build()));
    for (Interest i : agreement.interests()) {
      annex.para(i.ref(), ClauseText.interest(i), i);
    }
    for (Requirement r : agreement.requirements()) {
      annex.para(r.ref(), ClauseText.requirement(r), r);
    }
    annexes.add(annex.buildAnnex());
  }

  /** The findings of the analyses the drafters accept, from the agreement's baseline. */
  private void acceptedAnnex() {
    if (accepted.isEmpty()) {
      return;
    }
    ArticleBuilder annex = annex(Phrase.words("Accepted findings"));
    annex.add(
        new Doc.Note(
            Phrase.builder()
                .words("Findings of ")
                .name("truce check")
                .words(" the drafters accept, as recorded in ")
                .name(baselineName)
                .words(
                    "; the check reports any whose figure grows past its bound, or that no"
                        + " longer occurs.")
                .build()));
    List<List<Phrase>> rows = new ArrayList<>();
    for (Acceptance a : accepted) {
      rows.add(
          List.of(
              Phrase.name(a.analysis()),
              Phrase.words(
                  a.upTo().isPresent() ? String.valueOf(a.upTo().getAsLong()) : "(no figure)"),
              Phrase.words(a.adversary().map(p -> "with adversary " + p).orElse("none")),
              Phrase.words(a.reason())));
    }
    annex.add(
        new Doc.Table(
            List.of("Analysis", "Accepted up to", "Adversary", "Reason"),
            List.of(false, true, false, false),
            rows));
    annexes.add(annex.buildAnnex());
  }

  private ArticleBuilder annex(Phrase heading) {
    return new ArticleBuilder(String.valueOf((char) ('A' + annexes.size())), heading, lines);
  }

  private List<Doc.Fact> facts(Metadata m) {
    List<Doc.Fact> facts = new ArrayList<>();
    m.version().ifPresent(v -> facts.add(new Doc.Fact("Version", Phrase.words(v))));
    m.dated().ifPresent(d -> facts.add(new Doc.Fact("Dated", Phrase.words(Phrases.date(d)))));
    m.tabledBy().ifPresent(p -> facts.add(new Doc.Fact("Tabled by", Phrase.words(fullName(p)))));
    if (!m.via().isEmpty()) {
      facts.add(
          new Doc.Fact(
              "Via",
              Phrase.words(Phrases.listWords(m.via().stream().map(this::fullName).toList()))));
    }
    m.previous().ifPresent(p -> facts.add(new Doc.Fact("Previous version", Phrase.words(p))));
    String start =
        m.startDate()
            .map(
                d ->
                    Phrases.date(d)
                        + m.startTime().map(t -> " at " + t).orElse("")
                        + m.zone().map(z -> " (" + z + ")").orElse(""))
            .orElse("not stated in the text");
    facts.add(new Doc.Fact("Entry into force", Phrase.words(start)));
    if (!agreement.instruments().isEmpty()) {
      facts.add(new Doc.Fact("Other instruments", InstrumentPart.listed(agreement.instruments())));
    }
    sourceMap.ifPresent(
        map -> facts.add(new Doc.Fact("Source", Phrase.words(map.source().name()))));
    return facts;
  }

  private List<Phrase> notes() {
    return List.of(
        Phrase.words(
            "Days in conditions are days of the agreement, counted from its first day; days in"
                + " schedules and deadlines are days of their phase, counted from the phase's"
                + " first day. Parties, phases and categories are named as in the text."));
  }

  private void parties() {
    ArticleBuilder article = article(Phrase.words("Parties and roles"));
    for (Role role : Role.values()) {
      List<Actor> actors = agreement.actors().stream().filter(a -> a.has(role)).toList();
      if (actors.isEmpty()) {
        continue;
      }
      String noun =
          switch (role) {
            case PARTY -> actors.size() == 1 ? "The party is " : "The parties are ";
            case MEDIATOR -> actors.size() == 1 ? "The mediator is " : "The mediators are ";
            case GUARANTOR -> actors.size() == 1 ? "The guarantor is " : "The guarantors are ";
            case ENDORSER -> actors.size() == 1 ? "The endorser is " : "The endorsers are ";
          };
      List<Phrase> names = actors.stream().map(DocBuilder::actor).toList();
      article.para(
          ClauseRef.NONE, Phrase.words(noun).then(Phrases.list(names)).then("."), actors.get(0));
    }
    if (agreement.actors().isEmpty()) {
      article.para(ClauseRef.NONE, Phrase.words("The text names no parties."), agreement);
    }
    articles.add(article.build());
  }

  /** "israel (Israel)"; a tagged actor: "beta (Beta; clause p.beta, "Second party")". */
  private static Phrase actor(Actor a) {
    Phrase.Builder out = Phrase.builder().words(a.name() + " (" + a.fullName());
    a.ref().id().ifPresent(id -> out.words("; clause " + id));
    a.ref()
        .label()
        .ifPresent(label -> out.words(a.ref().id().isPresent() ? ", " : "; ").quote(label));
    return out.words(")").build();
  }

  private void holdings() {
    if (agreement.holdings().isEmpty()) {
      return;
    }
    ArticleBuilder article = article(Phrase.words("Holdings"));
    for (Holdings h : agreement.holdings()) {
      article.para(
          h.ref(),
          Phrase.words(
              "Held by "
                  + h.holder()
                  + " ("
                  + fullName(h.holder())
                  + ") when the agreement starts:"),
          h);
      boolean described = h.entries().stream().anyMatch(e -> e.description().isPresent());
      List<String> headers = new ArrayList<>(List.of("Category", "Count"));
      List<Boolean> numeric = new ArrayList<>(List.of(false, true));
      if (described) {
        headers.add("Description");
        numeric.add(false);
      }
      boolean unknown = h.entries().stream().anyMatch(Holdings.Entry::unknownStatus);
      if (unknown) {
        headers.add("Status");
        numeric.add(false);
      }
      List<List<Phrase>> rows = new ArrayList<>();
      for (Holdings.Entry e : h.entries()) {
        List<Phrase> row = new ArrayList<>();
        row.add(Phrase.words(e.category().path()));
        row.add(Phrase.words(Phrases.amount(e.bound(), e.count())));
        if (described) {
          row.add(Phrase.words(e.description().orElse("")));
        }
        if (unknown) {
          row.add(Phrase.words(status(e)));
        }
        rows.add(row);
      }
      article.add(new Doc.Table(headers, numeric, rows));
    }
    articles.add(article.build());
  }

  /**
   * "unknown at signing: each hostage.living or hostage.remains, revealed at release"; empty for a
   * line whose status is known.
   */
  private static String status(Holdings.Entry e) {
    if (!e.unknownStatus()) {
      return "";
    }
    List<String> paths = e.either().stream().map(c -> c.path()).toList();
    return "unknown at signing: each "
        + String.join(", ", paths.subList(0, paths.size() - 1))
        + " or "
        + paths.getLast()
        + ", revealed at release";
  }

  private <T> void listArticle(
      String title, List<T> clauses, Function<T, ClauseRef> ref, Function<T, Phrase> text) {
    if (clauses.isEmpty()) {
      return;
    }
    ArticleBuilder article = article(Phrase.words(title));
    for (T clause : clauses) {
      article.para(ref.apply(clause), text.apply(clause), clause);
    }
    articles.add(article.build());
  }

  private ArticleBuilder article(Phrase heading) {
    return new ArticleBuilder(next(), heading, lines);
  }

  private int next() {
    return articles.size() + 1;
  }

  private String fullName(String actor) {
    return agreement.actors().stream()
        .filter(a -> a.name().equals(actor))
        .findFirst()
        .map(Actor::fullName)
        .orElse(actor);
  }
}
