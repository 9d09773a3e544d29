package org.truce.check.internal.promela;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.check.internal.promela.PromelaConditions.Reading;
import org.truce.check.internal.system.InterestUnits;
import org.truce.check.internal.system.Outcome;
import org.truce.check.internal.system.RequirementNames;
import org.truce.check.internal.system.Tables;
import org.truce.check.internal.system.Tables.AssuranceInfo;
import org.truce.check.internal.system.Tables.RightInfo;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Category;
import org.truce.model.Interest;
import org.truce.model.Requirement;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;

/**
 * The analyses as Promela: macros for what a state says (a right may be exercised, a party is
 * exposed, a party is held in a truce) and one claim (an LTL formula as a never claim) per
 * analysis. Where an analysis is not a property of single runs (a party being locked in is a game),
 * the claim is the property of runs it implies, and says so.
 */
final class PromelaClaims {
  /** How a SPIN verdict on a claim relates to truce's verdict on its analysis. */
  enum Relation {
    /** The same verdict. */
    SAME,
    /** The claim holds only if the analysis holds: SPIN holds, so does truce. */
    CLAIM_IMPLIES_ANALYSIS,
    /** The claim holds whenever the analysis holds: truce holds, so does SPIN. */
    ANALYSIS_IMPLIES_CLAIM
  }

  /** The shapes of claim the analyses need, each over one state predicate p. */
  enum Shape {
    /** {@code [] p}: p holds in every state of every run. */
    ALWAYS,
    /** {@code <> p}: every run, finite or infinite, reaches a state where p holds. */
    EVENTUALLY,
    /** {@code !<>[] p}: no run stays for ever, from some day on, in states where p holds. */
    NOT_FOR_EVER
  }

  /**
   * One claim: its name in the model, the analysis it checks, how they relate, and its formula, a
   * shape over a predicate.
   */
  record Claim(
      String name, String analysis, Relation relation, Shape shape, String predicate, String note) {
    String formula() {
      return switch (shape) {
        case ALWAYS -> "[] p";
        case EVENTUALLY -> "<> p";
        case NOT_FOR_EVER -> "!<>[] p";
      };
    }
  }

  private final TransitionSystem ts;
  private final PromelaNames names;
  private final PromelaConditions conditions;
  private final PromelaPrecedence precedence;

  PromelaClaims(TransitionSystem ts, PromelaNames names, PromelaConditions conditions) {
    this.ts = ts;
    this.names = names;
    this.conditions = conditions;
    this.precedence = new PromelaPrecedence(ts);
  }

  /** The actions {@code player} has a right to somewhere in the text, in their order. */
  static List<RightAction> actions(TransitionSystem ts, int player) {
    List<RightAction> actions = new ArrayList<>();
    for (RightAction action : RightAction.values()) {
      if (ts.rights().stream()
          .anyMatch(r -> r.player() == player && r.right().action() == action)) {
        actions.add(action);
      }
    }
    return actions;
  }

  /** The macro that says {@code party} may lawfully take {@code action} in the state. */
  static String may(String party, RightAction action) {
    return "may_" + PromelaNames.identifier(party) + "_" + PromelaNames.identifier(action.name());
  }

  /** True in a state where assurance {@code a} is in force and fails (scopes not updated). */
  static String breaks(
      TransitionSystem ts, PromelaConditions conditions, AssuranceInfo a, Reading reading) {
    List<String> parts = new ArrayList<>();
    if (a.phase() != Tables.NONE) {
      parts.add(conditions.phaseStatus(ts.phases().get(a.phase()), reading) + " == 1");
    }
    a.assurance()
        .scope()
        .ifPresent(
            scope -> {
              String holds = conditions.condition(scope.condition(), reading);
              if (a.over() != Tables.NONE) {
                parts.add(conditions.names().of(a.over()) + " == 0");
                parts.add(PromelaConditions.not(holds));
              } else {
                parts.add(holds);
              }
            });
    parts.add(PromelaConditions.not(conditions.condition(a.assurance().condition(), reading)));
    return "(" + String.join(" && ", parts) + ")";
  }

  /** The macros every claim and the day read. */
  void macros(PromelaCode out) {
    out.comment(
        "rights: a party may take an action when a right grants it and no assurance in"
            + " force would break"
            + (precedence.any() ? " that the right does not outrank" : ""));
    for (int player = 1; player < ts.players().size(); player++) {
      String party = ts.players().get(player);
      for (RightAction action : actions(ts, player)) {
        out.line("#define " + may(party, action) + " " + lawful(player, action));
      }
    }
  }

  private String lawful(int player, RightAction action) {
    Reading reading =
        action == RightAction.SUSPEND_OBLIGATIONS ? Reading.NOW : Reading.HOSTILITIES_ACTIVE;
    List<String> broken = new ArrayList<>();
    for (AssuranceInfo a : ts.assurances()) {
      broken.add(breaks(ts, conditions, a, reading));
    }
    List<String> grants = new ArrayList<>();
    for (RightInfo r : ts.rights()) {
      if (r.player() != player || r.right().action() != action) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      if (r.phase() != Tables.NONE) {
        parts.add(names.of(ts.phases().get(r.phase()).status()) + " == 1");
      }
      r.right().when().ifPresent(c -> parts.add(conditions.condition(c, Reading.NOW)));
      if (precedence.any()) {
        // Each right on its own: only the assurances it does not outrank remove it.
        List<String> removing = new ArrayList<>();
        for (AssuranceInfo a : ts.assurances()) {
          if (!precedence.outranks(r, a)) {
            removing.add(breaks(ts, conditions, a, reading));
          }
        }
        if (!removing.isEmpty()) {
          parts.add("!(" + String.join(" || ", removing) + ")");
        }
      }
      grants.add(parts.isEmpty() ? "1" : "(" + String.join(" && ", parts) + ")");
    }
    String granted = "(" + String.join(" || ", grants) + ")";
    return broken.isEmpty() || precedence.any()
        ? granted
        : "(" + granted + " && !(" + String.join(" || ", broken) + "))";
  }

  /** Writes the macros and claims of every analysis the model exports; returns the claims. */
  List<Claim> write(PromelaCode out) {
    List<Claim> claims = new ArrayList<>();
    String over = names.of(ts.overVar());
    String day = names.of(ts.dayVar());
    claims.add(
        new Claim(
            "well_formed",
            "well-formed",
            Relation.SAME,
            Shape.ALWAYS,
            "!shortfall",
            "no day asks a party to release more than it still holds"));
    claims.add(
        new Claim(
            "completes",
            "completes",
            Relation.ANALYSIS_IMPLIES_CLAIM,
            Shape.EVENTUALLY,
            over + " != 0",
            "every run ends (concluded, a right exercised, or not compliant). truce also calls a"
                + " run that gets stuck incomplete: see its deadlock analysis, which has no claim"
                + " here (it is about the choices a state offers, not about a run)"));
    for (var actor : ts.agreement().actors()) {
      if (!actor.has(Role.PARTY)) {
        continue;
      }
      String party = actor.name();
      String id = PromelaNames.identifier(party);
      out.line("#ifndef EXPOSURE_BOUND_" + id);
      out.line("#define EXPOSURE_BOUND_" + id + " 0");
      out.line("#endif");
      out.line("#define released_by_" + id + " " + conditions.releasedBy(party));
      out.line("#define secured_" + id + " " + secured(party));
      out.line("#define exposed_" + id + " " + exposed(party));
      claims.add(
          new Claim(
              "exposure_" + id,
              "exposure(" + party + ")",
              Relation.SAME,
              Shape.ALWAYS,
              "!(exposed_" + id + " && released_by_" + id + " > EXPOSURE_BOUND_" + id + ")",
              party
                  + " never has released more than EXPOSURE_BOUND_"
                  + id
                  + " (default 0) while another party may end the truce and its interest is"
                  + " unsecured; run spin with -DEXPOSURE_BOUND_"
                  + id
                  + "=N to check the figure"));
    }
    for (var actor : ts.agreement().actors()) {
      if (!actor.has(Role.PARTY)) {
        continue;
      }
      String party = actor.name();
      List<Category> units =
          interest(party).map(i -> InterestUnits.of(i.condition())).orElse(List.of());
      if (units.isEmpty()) {
        continue;
      }
      String id = PromelaNames.identifier(party);
      out.line("#define held_in_truce_" + id + " " + heldInTruce(party, units));
      claims.add(
          new Claim(
              "indefinite_truce_" + id,
              "indefinite-truce",
              Relation.CLAIM_IMPLIES_ANALYSIS,
              Shape.NOT_FOR_EVER,
              "held_in_truce_" + id,
              "no run keeps "
                  + party
                  + " in a truce for ever, units it waits for held, its interest unsecured and no"
                  + " lawful way out of its own. truce's analysis asks more (that "
                  + party
                  + " cannot force its way out, a game), so it can hold where this claim fails"));
    }
    java.util.Set<String> taken = new java.util.HashSet<>();
    claims.forEach(claim -> taken.add(claim.name()));
    for (int i = 0; i < ts.requirements().size(); i++) {
      Tables.RequirementInfo r = ts.requirements().get(i);
      Requirement req = r.requirement();
      String analysis = RequirementNames.of(req, i);
      String c = conditions.condition(req.condition(), Reading.NOW);
      String started = "(" + day + " == 0 || " + over + " == DROPPED)";
      boolean eventually = req.kind() == RequirementKind.EVENTUALLY;
      String predicate =
          switch (req.kind()) {
            case ALWAYS -> started + " || " + c;
            case NEVER -> started + " || " + PromelaConditions.not(c);
            case EVENTUALLY ->
                req.withinDays().isPresent()
                    ? over
                        + " == DROPPED || "
                        + names.of(r.seen())
                        + " || !("
                        + over
                        + " != 0 || "
                        + day
                        + " > "
                        + req.withinDays().get()
                        + ")"
                    : names.of(r.seen()) + " || " + over + " == DROPPED";
          };
      claims.add(
          new Claim(
              unique(
                  PromelaNames.identifier(
                      "require " + analysis.substring(8, analysis.length() - 1)),
                  taken),
              analysis,
              Relation.SAME,
              eventually && req.withinDays().isEmpty() ? Shape.EVENTUALLY : Shape.ALWAYS,
              predicate,
              "the text's own requirement"));
    }
    return claims;
  }

  /**
   * Writes {@code claim} as a named never claim (the negation of its formula, as SPIN's own LTL
   * translation gives it) over a macro for its predicate: SPIN's LTL parser has a limit on formula
   * length that the predicates of a long text exceed.
   */
  static void never(Claim claim, PromelaCode out) {
    String p = "p_" + claim.name();
    out.line("#define " + p + " (" + claim.predicate() + ")");
    out.open("never " + claim.name() + " { /* " + claim.formula() + " */");
    switch (claim.shape()) {
      case ALWAYS -> out.line("do :: !(" + p + ") -> break :: else od");
      case EVENTUALLY -> {
        out.line("accept_" + claim.name() + ":");
        out.line("do :: !(" + p + ") od");
      }
      case NOT_FOR_EVER -> {
        out.line("do :: " + p + " -> goto accept_" + claim.name() + " :: true od;");
        out.line("accept_" + claim.name() + ":");
        out.line("do :: " + p + " od");
      }
    }
    out.close("}");
  }

  /**
   * {@code name}, or with a number after it when a claim already has it (labels can clash); adds it
   * to {@code taken}, the names of the claims so far, kept in a set: a scan of the claims for each
   * new one was quadratic in the requirements (issue 16).
   */
  private static String unique(String name, java.util.Set<String> taken) {
    String candidate = name;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = name + "_" + n;
    }
    taken.add(candidate);
    return candidate;
  }

  /**
   * The parties with some right, in the order of the text, with the actions they have a right to:
   * computed once, not once per pair of parties (quadratic in the parties, issue 16).
   */
  private Map<String, List<RightAction>> partyRights;

  private Map<String, List<RightAction>> partyRights() {
    if (partyRights == null) {
      partyRights = new java.util.LinkedHashMap<>();
      for (var actor : ts.agreement().actors()) {
        if (actor.has(Role.PARTY) && !partyRights.containsKey(actor.name())) {
          List<RightAction> actions = actions(ts, ts.player(actor.name()));
          if (!actions.isEmpty()) {
            partyRights.put(actor.name(), actions);
          }
        }
      }
    }
    return partyRights;
  }

  /** The first interest of each party, by party: asked once per party and claim. */
  private java.util.Map<String, Interest> interests;

  private java.util.Optional<Interest> interest(String party) {
    if (interests == null) {
      interests = new java.util.HashMap<>();
      ts.agreement().interests().forEach(i -> interests.putIfAbsent(i.party(), i));
    }
    return java.util.Optional.ofNullable(interests.get(party));
  }

  private String secured(String party) {
    return interest(party).map(i -> conditions.condition(i.condition(), Reading.NOW)).orElse("(0)");
  }

  /** The state condition exposure(P) counts units in (ExposureAnalysis). */
  private String exposed(String party) {
    String over = names.of(ts.overVar());
    int actor = ts.player(party) - 1;
    int first = Outcome.code(actor, RightAction.values()[0], true);
    int last = first + RightAction.values().length * 2 - 1;
    String own = "(" + over + " >= " + first + " && " + over + " <= " + last + ")";
    String endedByOther =
        "(" + over + " >= 2 && " + over + " != DROPPED && " + PromelaConditions.not(own) + ")";
    List<String> ways = new ArrayList<>();
    ways.add(endedByOther);
    boolean adversaryAgainst = ts.adversary().filter(a -> !a.equals(party)).isPresent();
    if (adversaryAgainst) {
      ways.add("1");
    }
    for (Map.Entry<String, List<RightAction>> rights : partyRights().entrySet()) {
      if (!rights.getKey().equals(party)) {
        for (RightAction action : rights.getValue()) {
          ways.add(may(rights.getKey(), action));
        }
      }
    }
    return "("
        + PromelaConditions.not("secured_" + PromelaNames.identifier(party))
        + " && "
        + PromelaConditions.not(own)
        + " && "
        + over
        + " != DROPPED && ("
        + String.join(" || ", ways)
        + "))";
  }

  /** The state condition indefinite-truce asks of every day of the run that holds a party. */
  private String heldInTruce(String party, List<Category> units) {
    List<String> parts = new ArrayList<>();
    parts.add(names.of(ts.overVar()) + " == 0");
    parts.add(names.of(ts.hostilitiesVar()) + " == " + HostilityState.PAUSED.ordinal());
    parts.add(PromelaConditions.not("secured_" + PromelaNames.identifier(party)));
    List<String> held = new ArrayList<>();
    for (int i = 0; i < ts.slots().lines().size(); i++) {
      Category line = ts.slots().lines().get(i).category();
      if (units.stream().anyMatch(c -> c.covers(line) || line.covers(c))) {
        held.add(conditions.heldOnLine(i));
      }
    }
    parts.add(PromelaConditions.sum(held) + " > 0");
    List<RightAction> actions = actions(ts, ts.player(party));
    for (RightAction exit :
        List.of(RightAction.RESUME_HOSTILITIES, RightAction.TERMINATE_AGREEMENT)) {
      if (actions.contains(exit)) {
        parts.add(PromelaConditions.not(may(party, exit)));
      }
    }
    return "(" + String.join(" && ", parts) + ")";
  }
}
