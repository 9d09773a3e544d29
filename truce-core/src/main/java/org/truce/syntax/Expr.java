package org.truce.syntax;

import java.util.Optional;
import org.truce.source.Span;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/**
 * Conditions and the numbers they compare, as written. The grammar is untyped (a number may stand
 * where a condition is expected); the model's checker reports such type errors with their spans.
 * Parentheses are not kept: the formatter puts back those that precedence needs.
 */
public sealed interface Expr {
  Span span();

  record And(Expr left, Expr right, Span span) implements Expr {}

  record Or(Expr left, Expr right, Span span) implements Expr {}

  record Not(Expr operand, Span span) implements Expr {}

  record Compare(Expr left, CompareOp op, Expr right, Span span) implements Expr {}

  record BoolLiteral(boolean value, Span span) implements Expr {}

  record Number(long value, Span span) implements Expr {}

  /** {@code day}: the current day of the agreement, counted from 1. */
  record Day(Span span) implements Expr {}

  /** {@code released hostage.living by hamas}: units released so far (by anyone when absent). */
  record Released(CategoryName category, Optional<Name> by, Span span) implements Expr {}

  /** {@code held hostage.living by hamas}: units still held (by anyone when absent). */
  record Held(CategoryName category, Optional<Name> by, Span span) implements Expr {}

  /** {@code all hostage.living released [by hamas]}: none of the category is held any more. */
  record AllReleased(CategoryName category, Optional<Name> by, Span span) implements Expr {}

  /** {@code hostilities paused}. */
  record HostilitiesAre(HostilityState state, Span span) implements Expr {}

  /**
   * {@code talks [on two] progressing [as judged by israel]}: without a judge, events (the
   * environment) decide the state of the talks; with one, that party does.
   */
  record TalksAre(Optional<Name> on, TalkState state, Optional<Name> judgedBy, Span span)
      implements Expr {}

  /** {@code phase one ended}. */
  record PhaseIs(Name phase, PhaseState state, Span span) implements Expr {}

  /**
   * {@code south breached} or {@code south breached clause 1.3}: the party has breached any of its
   * obligations, or the one with that clause id, on this day or before (docs/semantics.md).
   */
  record Breached(Name party, Optional<Name> clause, Span span) implements Expr {}

  /** {@code us confirms a breach by south}: the mediator has confirmed a breach by the party. */
  record BreachConfirmed(Name mediator, Name party, Span span) implements Expr {}
}
