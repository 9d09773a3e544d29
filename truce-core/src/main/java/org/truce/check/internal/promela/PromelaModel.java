package org.truce.check.internal.promela;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.check.internal.promela.PromelaClaims.Claim;
import org.truce.check.internal.system.Outcome;
import org.truce.check.internal.system.Tables;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Counts;
import org.truce.model.Holdings;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;

/**
 * A transition system written as a Promela model for SPIN: the state variables, one process that
 * runs day after day ({@link PromelaDay}) while the agreement is in force, and the analyses as
 * never claims ({@link PromelaClaims}). docs/promela.md says how to read and run it.
 */
public final class PromelaModel {
  /** A claim of the model, for callers outside this package. */
  public record ExportedClaim(String name, String analysis, String relation, String note) {}

  private final String text;
  private final List<ExportedClaim> claims;

  private PromelaModel(String text, List<ExportedClaim> claims) {
    this.text = text;
    this.claims = claims;
  }

  public String text() {
    return text;
  }

  public List<ExportedClaim> claims() {
    return claims;
  }

  /**
   * Writes {@code ts} as Promela. Empty when a number of the text does not fit Promela's 32-bit
   * integers: {@link #tooLarge} says which.
   */
  public static Optional<PromelaModel> write(TransitionSystem ts, String source) {
    if (tooLarge(ts).isPresent()) {
      return Optional.empty();
    }
    PromelaNames names = new PromelaNames(ts.vars());
    PromelaConditions conditions = new PromelaConditions(ts, names);
    PromelaClaims claimWriter = new PromelaClaims(ts, names, conditions);
    PromelaCode claimCode = new PromelaCode();
    List<Claim> claims = claimWriter.write(claimCode);
    PromelaCode out = new PromelaCode();
    header(ts, source, claims, out);
    declarations(ts, names, out);
    out.blank();
    conditions.heldMacros(out);
    out.blank();
    claimWriter.macros(out);
    out.blank();
    out.comment("the agreement, one day per step, while it is in force");
    out.open("active proctype agreement() {");
    out.comment("a finished run stops here: a valid end state");
    out.open("end: do");
    out.open(":: atomic {");
    out.line(names.of(ts.overVar()) + " == 0 ->");
    new PromelaDay(ts, names, conditions, out).write();
    out.close("}");
    out.close("od");
    out.close("}");
    out.blank();
    out.comment("the analyses");
    List<ExportedClaim> exported = new ArrayList<>();
    for (Claim c : claims) {
      claimCode.blank().comment(c.analysis() + ": " + c.note());
      PromelaClaims.never(c, claimCode);
      exported.add(new ExportedClaim(c.name(), c.analysis(), c.relation().name(), c.note()));
    }
    String text = out + claimCode.toString();
    return Optional.of(new PromelaModel(text, List.copyOf(exported)));
  }

  /** A number of the text too large for Promela's 32-bit integers, described; else empty. */
  public static Optional<String> tooLarge(TransitionSystem ts) {
    long limit = Integer.MAX_VALUE;
    for (int i = 0; i < ts.vars().size(); i++) {
      if (ts.vars().max(i) > limit) {
        return Optional.of(ts.vars().name(i) + " can reach " + ts.vars().max(i));
      }
    }
    long units = 0;
    for (Holdings h : ts.agreement().holdings()) {
      for (Holdings.Entry e : h.entries()) {
        units += e.count();
      }
    }
    for (Phase phase : ts.agreement().phases()) {
      for (PhaseClause clause : phase.clauses()) {
        if (clause instanceof PhaseClause.Exchange x
            && Counts.saturatedProduct(x.perUnit(), units) > limit) {
          return Optional.of(
              "the counter-releases of "
                  + x.ref()
                  + " can reach "
                  + Counts.saturatedProduct(x.perUnit(), units));
        }
      }
    }
    Optional<Long> literal = ts.largestLiteral();
    if (units > limit || literal.filter(l -> l > limit).isPresent()) {
      return Optional.of("a number of the text is larger than " + limit);
    }
    return Optional.empty();
  }

  private static void header(
      TransitionSystem ts, String source, List<Claim> claims, PromelaCode out) {
    out.line("/*");
    out.line(" * " + source + ": the transition system `truce check` explores, for SPIN.");
    out.line(" * Written by `truce export --format promela`; docs/promela.md says how to read it.");
    out.line(" * adversary: " + ts.adversary().orElse("none (every party complies)"));
    out.line(
        " * amounts: " + (ts.exactAmounts() ? "every amount" : "those a condition can tell apart"));
    out.line(" *");
    out.line(" * Run: spin -a FILE.pml && gcc -O2 -o pan pan.c && ./pan -a -N CLAIM");
    out.line(" * Claims: ./pan -a -N NAME checks one; each checks an analysis of `truce check`.");
    for (Claim c : claims) {
      out.line(
          " *   "
              + c.name()
              + " ("
              + c.formula()
              + "): "
              + c.analysis()
              + ", "
              + relation(c.relation()));
    }
    out.line(" */");
    out.blank();
  }

  private static String relation(PromelaClaims.Relation relation) {
    return switch (relation) {
      case SAME -> "same verdict";
      case CLAIM_IMPLIES_ANALYSIS -> "if the claim holds, so does the analysis";
      case ANALYSIS_IMPLIES_CLAIM -> "if the analysis holds, so does the claim";
    };
  }

  private static void declarations(TransitionSystem ts, PromelaNames names, PromelaCode out) {
    out.line("#define DROPPED " + (Outcome.maxCode(ts.actors().size()) + 1));
    out.blank();
    out.comment("the state: the agreement at the end of a day (0 before day 1)");
    for (int i = 0; i < ts.vars().size(); i++) {
      long max =
          i == ts.overVar()
              ? Math.max(Outcome.maxCode(ts.actors().size()) + 1, ts.vars().max(i))
              : ts.vars().max(i);
      out.line(
          PromelaNames.type(max)
              + " "
              + names.of(i)
              + "; /* "
              + ts.vars().name(i)
              + ", 0 to "
              + max
              + " */");
    }
    out.line("bit shortfall; /* the day could not release all that was due */");
    out.blank();
    out.comment("scratch of one day: hidden, so not part of the state");
    for (String t : PromelaDay.SCRATCH) {
      out.line("hidden int " + t + ";");
    }
    if (ts.slots().lines().stream().anyMatch(l -> !l.either().isEmpty())) {
      for (String t : PromelaDay.SPLIT_SCRATCH) {
        out.line("hidden int " + t + ";");
      }
    }
    for (String t : PromelaOrders.scratch(ts)) {
      out.line("hidden int " + t + ";");
    }
    out.line("hidden byte " + names.dayBefore(ts.hostilitiesVar()) + ";");
    if (ts.anyBreachVar() != Tables.NONE) {
      out.line("hidden byte " + names.dayBefore(ts.anyBreachVar()) + ";");
    }
    for (Tables.PhaseInfo p : ts.phases()) {
      out.line("hidden byte " + names.dayBefore(p.status()) + ";");
    }
    for (int i = 0; i < ts.talks().size(); i++) {
      out.line("hidden byte " + PromelaDay.begunToday(i) + ";");
    }
    for (Tables.PhaseInfo p : ts.phases()) {
      for (Tables.ExchangeInfo x : p.exchanges()) {
        out.line("hidden int " + PromelaReleases.answeredToday(x.index()) + ";");
      }
    }
  }
}
