package org.truce.render.internal;

import org.truce.model.Interest;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.model.Schedule;
import org.truce.render.ConditionText;
import org.truce.render.Phrase;
import org.truce.render.Phrases;

/** One sentence per clause, saying what the text says and no more. */
final class ClauseText {
  private ClauseText() {}

  /** {@code inPhase}: the clause belongs to a phase, so "at any time" means during that phase. */
  static Phrase of(PhaseClause clause, boolean inPhase) {
    return switch (clause) {
      case PhaseClause.Hostilities h ->
          Phrase.words(
              switch (h.state()) {
                case ACTIVE -> "Hostilities are active during this phase.";
                case PAUSED -> "Hostilities are paused during this phase.";
                case ENDED -> "Hostilities have ended, from the first day of this phase.";
              });
      case PhaseClause.Release r -> release(r);
      case PhaseClause.Order o ->
          Phrase.words(
              o.party()
                  + " releases every "
                  + o.first()
                  + " due in this phase before releasing any "
                  + o.then()
                  + ".");
      case PhaseClause.Exchange e ->
          Phrase.words(
              e.party() + " releases " + Phrases.ratio(e) + ", " + Phrases.exchangeDelay(e) + ".");
      case PhaseClause.Delivery d -> SubQuotaText.delivery(d, delivery(d));
      case PhaseClause.Withdrawal w ->
          Phrase.builder()
              .words(w.party() + " withdraws from ")
              .quote(w.area())
              .words(" " + Phrases.schedule(w.deadline()) + ".")
              .build();
      case PhaseClause.Undertaking u ->
          Phrase.builder()
              .words(
                  u.fromDay().map(d -> "From day " + d + " of this phase, ").orElse("")
                      + u.party()
                      + " undertakes ")
              .quote(u.duty())
              .words(u.deadline().map(Phrases::scheduleAfter).orElse("") + ".")
              .build();
      case PhaseClause.Talks t ->
          Phrase.builder()
              .words("Talks on phase ")
              .name(t.onPhase())
              .words(" begin by day " + t.beginByDay() + " of this phase.")
              .build();
      case PhaseClause.Extension x -> extension(x);
      case PhaseClause.Right r -> right(r, inPhase);
      case PhaseClause.Assurance a -> assurance(a);
    };
  }

  private static Phrase release(PhaseClause.Release r) {
    String what =
        r.count().map(n -> Phrases.count(n, r.category())).orElse("all remaining " + r.category());
    String when = r.schedule().map(Phrases::scheduleAfter).orElse(" by the end of the phase");
    return Phrase.words(r.party() + " releases " + what + when + ".");
  }

  /** "600 aid.truck every day from day 1 of the phase" when the batch is the whole amount. */
  static String delivery(PhaseClause.Delivery d) {
    if (d.schedule() instanceof Schedule.Batches b && b.size() == d.amount()) {
      return Phrases.count(d.amount(), d.what()) + " " + Phrases.cadence(b);
    }
    return Phrases.count(d.amount(), d.what()) + Phrases.scheduleAfter(d.schedule());
  }

  private static Phrase extension(PhaseClause.Extension x) {
    Phrase.Builder out =
        Phrase.builder().words("This phase is extended by " + Phrases.days(x.stepDays()));
    switch (x.trigger()) {
      case PhaseClause.Extension.Trigger.PerReleases p ->
          out.words(
              " for each "
                  + p.count()
                  + " additional "
                  + p.category()
                  + " released"
                  + p.by().map(b -> " by " + b).orElse(""));
      case PhaseClause.Extension.Trigger.While w ->
          out.words(" at a time while ").add(ConditionText.of(w.condition()));
    }
    out.words(
        x.capDays()
            .map(cap -> ", up to " + Phrases.days(cap) + " in all.")
            .orElse("; the text sets no cap."));
    return out.build();
  }

  static Phrase right(PhaseClause.Right r, boolean inPhase) {
    Phrase.Builder out = Phrase.builder().words(r.party() + " may " + Phrases.action(r.action()));
    r.when()
        .ifPresentOrElse(
            c -> out.words(" when ").add(ConditionText.of(c)),
            () -> out.words(inPhase ? " at any time during this phase" : " at any time"));
    return out.words(".").build();
  }

  static Phrase assurance(PhaseClause.Assurance a) {
    Phrase.Builder out =
        Phrase.builder()
            .words(Phrases.listWords(a.guarantors()))
            .words(a.guarantors().size() == 1 ? " ensures that " : " ensure that ")
            .add(ConditionText.of(a.condition()));
    a.scope()
        .ifPresent(
            s ->
                out.words(
                        switch (s.kind()) {
                          case UNTIL -> ", until ";
                          case WHILE -> ", as long as ";
                        })
                    .add(ConditionText.of(s.condition())));
    return out.words(".").build();
  }

  static Phrase interest(Interest i) {
    return Phrase.builder()
        .words(i.party() + " wants it secured that ")
        .add(ConditionText.of(i.condition()))
        .words(".")
        .build();
  }

  static Phrase requirement(Requirement r) {
    Phrase.Builder out =
        Phrase.builder()
            .words(
                switch (r.kind()) {
                  case ALWAYS -> "It must always be the case that ";
                  case NEVER -> "It must never be the case that ";
                  case EVENTUALLY -> "It must eventually be the case that ";
                })
            .add(ConditionText.of(r.condition()));
    r.withinDays().ifPresent(d -> out.words(", within " + Phrases.days(d)));
    return out.words(".").build();
  }
}
