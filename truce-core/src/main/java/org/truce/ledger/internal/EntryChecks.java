package org.truce.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.Done;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.ledger.InForce;
import org.truce.ledger.JournalEntry;
import org.truce.ledger.NotMonitored;
import org.truce.ledger.Suspension;
import org.truce.ledger.Termination;
import org.truce.ledger.Total;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.PhaseClause;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.Suggestions;

/**
 * The checks of one entry against the dossier and today's date: its dates, and the versions,
 * parties, actors and clauses it names. They read nothing but the entry, so a batch runs them on
 * every core ({@link BatchCheck}). One instance per entry.
 */
final class EntryChecks {
  private final DossierVersions versions;
  private final InForce inForce;
  private final LocalDate today;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  EntryChecks(DossierVersions versions, InForce inForce, LocalDate today) {
    this.versions = versions;
    this.inForce = inForce;
    this.today = today;
  }

  /** The problems of {@code e}, in the order found. */
  List<Diagnostic> of(JournalEntry e) {
    dates(e);
    names(e);
    return diagnostics;
  }

  private void dates(JournalEntry e) {
    if (e.entry().date().isAfter(today)) {
      report(DiagnosticCode.LEDGER_FUTURE_DATE, e, "date", e.entry().date(), today);
    }
    e.entry()
        .provenance()
        .reported()
        .filter(d -> d.isAfter(today))
        .ifPresent(d -> report(DiagnosticCode.LEDGER_FUTURE_DATE, e, "reported", d, today));
  }

  private void names(JournalEntry e) {
    switch (e.entry().body()) {
      case Entry.Tabled t ->
          version(e, t.version())
              .ifPresent(
                  agreement -> {
                    t.by().ifPresent(by -> tabledBy(e, t.version(), agreement, by));
                    for (String mediator : t.via()) {
                      actor(e, "via", t.version(), agreement, mediator);
                    }
                  });
      case Entry.Position p ->
          version(e, p.version())
              .ifPresent(
                  agreement -> {
                    party(e, "party", p.version(), agreement, p.party());
                    clause(e, p.version(), agreement, p.clause());
                  });
      case Entry.Statement s -> {
        if (s.clause().isPresent() && s.version().isPresent()) {
          version(e, s.version().get())
              .ifPresent(agreement -> clause(e, s.version().get(), agreement, s.clause().get()));
        } else if (s.version().isPresent()) {
          version(e, s.version().get());
        }
      }
      case Entry.Meeting m -> {}
      case Entry.Retraction r -> {}
      case Event.InForce f -> {
        version(e, f.version());
        f.amends().ifPresent(id -> amends(e, id));
      }
      case Event.Dispute d -> {} // what it disputes is checked with the batch
      case Event event -> inForce(e).ifPresent(v -> new EventNames(v, e).check(event));
    }
  }

  /**
   * An amendment names an {@code in-force} entry put in force before it (in the ledger or the
   * batch), whose count of days it goes on (docs/monitor.md, "Amendments").
   */
  private void amends(JournalEntry e, String id) {
    boolean before =
        inForce
            .byId(id)
            .filter(a -> InForce.momentOf(a).isBefore(InForce.momentOf(e.entry())))
            .isPresent();
    if (!before) {
      report(DiagnosticCode.LEDGER_AMENDS_UNKNOWN, e, "amends", id);
    }
  }

  /** The version in force on the entry's date, which its names must be names of. */
  private Optional<Map.Entry<String, Agreement>> inForce(JournalEntry e) {
    Optional<String> label = inForce.versionAt(e.entry());
    if (label.isEmpty()) {
      String when =
          e.entry().date() + e.entry().event().flatMap(Event::at).map(t -> " at " + t).orElse("");
      report(DiagnosticCode.LEDGER_NOT_IN_FORCE, e, "date", when, e.entry().kind().word());
      return Optional.empty();
    }
    // An in-force entry naming no version of the dossier is reported where it is written.
    return versions.version(label.get()).map(a -> Map.entry(label.get(), a));
  }

  /** The checks of the names an event gives against the version in force on its date. */
  private final class EventNames {
    private final String label;
    private final Agreement agreement;
    private final JournalEntry e;

    EventNames(Map.Entry<String, Agreement> version, JournalEntry e) {
      this.label = version.getKey();
      this.agreement = version.getValue();
      this.e = e;
    }

    void check(Event event) {
      switch (event) {
        case Event.Release r -> {
          if (party("by", r.by())) {
            category(r.by(), r.category());
            r.substitutes().ifPresent(s -> substitution(r, s));
          }
        }
        case Event.Handover h -> party("by", h.by());
        case Event.Extension x -> x.by().forEach(by -> actor(e, "by", label, agreement, by));
        case Event.Hostilities h -> h.by().forEach(by -> party("by", by));
        case Suspension s -> party("by", s.by());
        case Termination t -> party("by", t.by());
        case Event.Aid a -> {
          a.by().ifPresent(by -> party("by", by));
          a.from()
              .filter(from -> from.isAfter(e.entry().date()))
              .ifPresent(
                  from ->
                      diagnostics.add(
                          Diagnostic.of(
                              DiagnosticCode.LEDGER_AID_FROM_LATER,
                              e.at("from"),
                              from,
                              e.entry().date())));
        }
        case Event.Withdrawal w -> party("by", w.by());
        case Event.Violation v -> {
          actor(e, "by", label, agreement, v.by());
          party("against", v.against());
        }
        case Event.InForce f -> {}
        case Event.Dispute d -> {}
        case Event.Talks t -> {
          talksPhase(t.on());
          t.judgedBy().ifPresent(judge -> actor(e, "judged by", label, agreement, judge));
        }
        case NotMonitored n -> {} // its clause is checked below
        case Done d -> {
          if (party("by", d.by())) {
            DoneChecks.check(agreement, label, d, e, diagnostics);
          }
        }
        case Total t -> {
          if (party("by", t.by())) {
            category(t.by(), t.category());
          }
          t.on()
              .filter(on -> on.isAfter(e.entry().date()))
              .ifPresent(
                  on ->
                      diagnostics.add(
                          Diagnostic.of(
                              DiagnosticCode.LEDGER_TOTAL_ON_LATER,
                              e.at("on"),
                              on,
                              e.entry().date())));
        }
      }
      event.clause().ifPresent(c -> clause(e, label, agreement, c));
    }

    /**
     * A substitution (docs/monitor.md): the category stood in for is one the party holds (E630),
     * and an order of the version puts it before the category released (E631).
     */
    private void substitution(Event.Release r, String substituted) {
      List<String> held = heldBy(r.by());
      if (held.stream()
          .noneMatch(path -> path.equals(substituted) || path.startsWith(substituted + "."))) {
        diagnostics.add(
            Diagnostic.of(
                    DiagnosticCode.LEDGER_SUBSTITUTES_UNKNOWN,
                    e.at("substitutes"),
                    substituted,
                    r.by(),
                    label,
                    held.isEmpty() ? "none" : Values.allOf(held))
                .withSuggestions(Suggestions.forName(substituted, held)));
        return;
      }
      Category released = new Category(r.category());
      Category stoodFor = new Category(substituted);
      boolean ordered =
          agreement.phases().stream()
              .flatMap(p -> p.clauses().stream())
              .anyMatch(
                  c ->
                      c instanceof PhaseClause.Order o
                          && o.party().equals(r.by())
                          && o.first().covers(stoodFor)
                          && (o.then().covers(released) || released.covers(o.then())));
      if (!ordered) {
        diagnostics.add(
            Diagnostic.of(
                DiagnosticCode.LEDGER_SUBSTITUTION_WITHOUT_ORDER,
                e.at("substitutes"),
                r.category(),
                substituted,
                label,
                r.by()));
      }
    }

    /** Talks are recorded on a phase of the version in force (E738). */
    private void talksPhase(String phase) {
      List<String> phases = agreement.phases().stream().map(p -> p.name()).toList();
      if (!phases.contains(phase)) {
        diagnostics.add(
            Diagnostic.of(
                    DiagnosticCode.LEDGER_UNKNOWN_TALKS_PHASE,
                    e.at("on"),
                    phase,
                    label,
                    phases.isEmpty() ? "none" : Values.allOf(phases))
                .withSuggestions(Suggestions.forName(phase, phases)));
      }
    }

    private List<String> heldBy(String holder) {
      return agreement.holdings().stream()
          .filter(h -> h.holder().equals(holder))
          .flatMap(h -> h.entries().stream())
          .map(entry -> entry.category().path())
          .toList();
    }

    private boolean party(String field, String name) {
      return EntryChecks.this.party(e, field, label, agreement, name);
    }

    private void category(String holder, String name) {
      List<String> held =
          agreement.holdings().stream()
              .filter(h -> h.holder().equals(holder))
              .flatMap(h -> h.entries().stream())
              // A line of unknown status holds units of its statuses too, revealed at release.
              .flatMap(
                  entry ->
                      java.util.stream.Stream.concat(
                          java.util.stream.Stream.of(entry.category()), entry.either().stream()))
              .map(category -> category.path())
              .distinct()
              .toList();
      boolean known =
          held.stream().anyMatch(path -> path.equals(name) || path.startsWith(name + "."));
      if (!known) {
        diagnostics.add(
            Diagnostic.of(
                    DiagnosticCode.LEDGER_UNKNOWN_CATEGORY,
                    e.at("category"),
                    name,
                    holder,
                    label,
                    held.isEmpty() ? "none" : Values.allOf(held))
                .withSuggestions(Suggestions.forName(name, held)));
      }
    }
  }

  private Optional<Agreement> version(JournalEntry e, String label) {
    Optional<Agreement> agreement = versions.version(label);
    if (agreement.isEmpty()) {
      List<String> labels = versions.labels();
      diagnostics.add(
          Diagnostic.of(
                  DiagnosticCode.LEDGER_UNKNOWN_VERSION,
                  e.at("version"),
                  label,
                  labels.isEmpty() ? "none yet" : Values.allOf(labels))
              .withSuggestions(Suggestions.forName(label, labels)));
    }
    return agreement;
  }

  private void tabledBy(JournalEntry e, String label, Agreement agreement, String by) {
    Optional<String> header = agreement.metadata().tabledBy();
    if (header.isPresent() && !header.get().equals(by)) {
      report(
          DiagnosticCode.LEDGER_TABLED_BY_MISMATCH, e, "by", label, "`" + header.get() + "`", by);
    } else if (header.isEmpty()) {
      actor(e, "by", label, agreement, by);
    }
  }

  private boolean party(
      JournalEntry e, String field, String label, Agreement agreement, String party) {
    return declared(
        DiagnosticCode.LEDGER_UNKNOWN_PARTY,
        e,
        field,
        label,
        party,
        DossierVersions.parties(agreement));
  }

  private void actor(JournalEntry e, String field, String label, Agreement agreement, String name) {
    declared(
        DiagnosticCode.LEDGER_UNKNOWN_ACTOR,
        e,
        field,
        label,
        name,
        DossierVersions.actors(agreement));
  }

  /** True when {@code names} has {@code name}; else reports {@code code}, with suggestions. */
  private boolean declared(
      DiagnosticCode code,
      JournalEntry e,
      String field,
      String label,
      String name,
      List<String> names) {
    if (names.contains(name)) {
      return true;
    }
    diagnostics.add(
        Diagnostic.of(code, e.at(field), name, label, Values.allOf(names))
            .withSuggestions(Suggestions.forName(name, names)));
    return false;
  }

  private void clause(JournalEntry e, String label, Agreement agreement, String clause) {
    if (versions.clause(agreement, clause).isPresent()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (ClauseRef ref : DossierVersions.clauses(agreement)) {
      ref.id().ifPresent(names::add);
      ref.label().ifPresent(names::add);
    }
    List<String> examples = names.stream().limit(3).toList();
    diagnostics.add(
        Diagnostic.of(
                DiagnosticCode.LEDGER_UNKNOWN_CLAUSE,
                e.at("clause"),
                clause,
                label,
                examples.isEmpty() ? "none: the version tags no clause" : Values.oneOf(examples))
            .withSuggestions(Suggestions.forName(clause, names)));
  }

  private void report(DiagnosticCode code, JournalEntry e, String field, Object... args) {
    diagnostics.add(Diagnostic.of(code, e.at(field), args));
  }
}
