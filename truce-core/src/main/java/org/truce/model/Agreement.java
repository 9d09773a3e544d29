package org.truce.model;

import java.util.List;
import java.util.Optional;

/**
 * The resolved, validated meaning of one agreement text. Immutable; every name in it refers to a
 * declared actor, phase or held category, and every condition is well typed. Where each part came
 * from in the source is kept beside it in a {@link SourceMap}, so that equal texts give equal
 * models whatever their layout.
 */
public record Agreement(
    Metadata metadata,
    List<Actor> actors,
    List<Holdings> holdings,
    List<Interest> interests,
    List<Phase> phases,
    List<PhaseClause.Right> rights,
    List<PhaseClause.Assurance> assurances,
    List<Requirement> requirements,
    Optional<Conclusion> conclusion,
    Optional<Lapse> lapse,
    List<Instrument> instruments) {
  /** An agreement without instruments other than itself. */
  public Agreement(
      Metadata metadata,
      List<Actor> actors,
      List<Holdings> holdings,
      List<Interest> interests,
      List<Phase> phases,
      List<PhaseClause.Right> rights,
      List<PhaseClause.Assurance> assurances,
      List<Requirement> requirements,
      Optional<Conclusion> conclusion,
      Optional<Lapse> lapse) {
    this(
        metadata,
        actors,
        holdings,
        interests,
        phases,
        rights,
        assurances,
        requirements,
        conclusion,
        lapse,
        List.of());
  }

  /** An agreement that does not lapse. */
  public Agreement(
      Metadata metadata,
      List<Actor> actors,
      List<Holdings> holdings,
      List<Interest> interests,
      List<Phase> phases,
      List<PhaseClause.Right> rights,
      List<PhaseClause.Assurance> assurances,
      List<Requirement> requirements,
      Optional<Conclusion> conclusion) {
    this(
        metadata,
        actors,
        holdings,
        interests,
        phases,
        rights,
        assurances,
        requirements,
        conclusion,
        Optional.empty());
  }

  /** This agreement with {@code lapse} as its lapse clause. */
  public Agreement withLapse(Optional<Lapse> lapse) {
    return new Agreement(
        metadata,
        actors,
        holdings,
        interests,
        phases,
        rights,
        assurances,
        requirements,
        conclusion,
        lapse,
        instruments);
  }

  /** This agreement with {@code requirements} in place of its own, every other part kept. */
  public Agreement withRequirements(List<Requirement> requirements) {
    return new Agreement(
        metadata,
        actors,
        holdings,
        interests,
        phases,
        rights,
        assurances,
        requirements,
        conclusion,
        lapse,
        instruments);
  }

  /** This agreement with {@code instruments} declared, every other part kept. */
  public Agreement withInstruments(List<Instrument> instruments) {
    return new Agreement(
        metadata,
        actors,
        holdings,
        interests,
        phases,
        rights,
        assurances,
        requirements,
        conclusion,
        lapse,
        instruments);
  }

  /**
   * The rank of the instrument a clause belongs to (docs/semantics.md, "Instruments and
   * precedence"): 0 for the agreement itself, one more for each step above it, one less for each
   * step below. A clause of higher rank holds against a conflicting clause of lower rank.
   */
  public int rankOf(ClauseRef ref) {
    return ref.instrument().map(this::rankOf).orElse(0);
  }

  /** The rank of the instrument named {@code name} (0 for an unknown name: the agreement's). */
  public int rankOf(String name) {
    for (Instrument i : instruments) {
      if (i.name().equals(name)) {
        int base = i.relativeTo().map(this::rankOf).orElse(0);
        return switch (i.relation()) {
          case ABOVE -> base + 1;
          case BELOW -> base - 1;
          case WITH -> base;
        };
      }
    }
    return 0;
  }

  /** This agreement with {@code phases} in place of its own, every other part kept. */
  public Agreement withPhases(List<Phase> phases) {
    return new Agreement(
        metadata,
        actors,
        holdings,
        interests,
        phases,
        rights,
        assurances,
        requirements,
        conclusion,
        lapse,
        instruments);
  }

  public Agreement {
    actors = List.copyOf(actors);
    holdings = List.copyOf(holdings);
    interests = List.copyOf(interests);
    phases = List.copyOf(phases);
    rights = List.copyOf(rights);
    assurances = List.copyOf(assurances);
    requirements = List.copyOf(requirements);
    instruments = List.copyOf(instruments);
  }
}
