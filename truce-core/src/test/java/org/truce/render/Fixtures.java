package org.truce.render;

import java.util.List;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Conclusion;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Holdings;
import org.truce.model.Interest;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.TalkState;

/** Short constructors for hand-built models; the model records are plain records. */
final class Fixtures {
  static final ClauseRef NONE = ClauseRef.NONE;

  private Fixtures() {}

  static ClauseRef tag(String id, String label) {
    return new ClauseRef(Optional.of(id), Optional.ofNullable(label));
  }

  static ClauseRef label(String label) {
    return new ClauseRef(Optional.empty(), Optional.of(label));
  }

  static Category cat(String path) {
    return new Category(path);
  }

  static Actor actor(String name, String fullName, Role... roles) {
    return new Actor(NONE, name, fullName, List.of(roles));
  }

  static Holdings.Entry entry(String category, Bound bound, long count, String description) {
    return new Holdings.Entry(cat(category), bound, count, Optional.ofNullable(description));
  }

  static Condition phaseIs(String phase, PhaseState state) {
    return new Condition.PhaseIs(phase, state);
  }

  static Condition talks(String on, TalkState state, String judge) {
    return new Condition.TalksAre(on, state, Optional.ofNullable(judge));
  }

  static Condition hostilities(HostilityState state) {
    return new Condition.HostilitiesAre(state);
  }

  static Condition and(Condition left, Condition right) {
    return new Condition.And(left, right);
  }

  static Condition or(Condition left, Condition right) {
    return new Condition.Or(left, right);
  }

  static Condition not(Condition operand) {
    return new Condition.Not(operand);
  }

  static Condition allReleased(String category, String by) {
    return new Condition.AllReleased(cat(category), Optional.ofNullable(by));
  }

  static Figure day() {
    return new Figure.Day();
  }

  static Figure literal(long n) {
    return new Figure.Literal(n);
  }

  static Metadata metadata(String title) {
    return new Metadata(
        title,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static Phase phase(
      String name,
      String title,
      Long days,
      Phase.Entry entry,
      Condition endsWhen,
      PhaseClause... clauses) {
    return new Phase(
        NONE,
        name,
        Optional.ofNullable(title),
        Optional.ofNullable(days),
        entry,
        Optional.ofNullable(endsWhen),
        List.of(clauses));
  }

  static Agreement agreement(Metadata metadata, List<Actor> actors, List<Phase> phases) {
    return new Agreement(
        metadata,
        actors,
        List.of(),
        List.of(),
        phases,
        List.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  static Interest interest(String party, Condition condition) {
    return new Interest(NONE, party, condition);
  }

  static Requirement requirement(
      org.truce.vocabulary.RequirementKind kind, Condition condition, Long within) {
    return new Requirement(NONE, kind, condition, Optional.ofNullable(within));
  }

  static Conclusion conclusion(Condition condition) {
    return new Conclusion(NONE, condition);
  }
}
