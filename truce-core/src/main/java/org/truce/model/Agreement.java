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
    Optional<Lapse> lapse) {
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
        lapse);
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
        lapse);
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
        lapse);
  }

  public Agreement {
    actors = List.copyOf(actors);
    holdings = List.copyOf(holdings);
    interests = List.copyOf(interests);
    phases = List.copyOf(phases);
    rights = List.copyOf(rights);
    assurances = List.copyOf(assurances);
    requirements = List.copyOf(requirements);
  }
}
