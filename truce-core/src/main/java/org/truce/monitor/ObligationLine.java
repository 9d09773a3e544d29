package org.truce.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.truce.monitor.Status.ObligationState;
import org.truce.monitor.Status.Performed;
import org.truce.monitor.Status.TriggerLine;

/**
 * An obligation as the timeline places it: {@code party} must do {@code required} by the end of
 * {@code dueDay} ({@code dueDate}; none if due on no date); {@code done} counts toward it, {@code
 * daysLate} how late; {@code trigger}, {@code batch}: see TriggerLine and {@link BatchLine}; {@code
 * performed}: the entries that did it in part or in full. {@code unreported}: releases of
 * unreported count that went to it, not in {@code done} (docs/monitor.md); {@code beyond}: units
 * released beyond it that no obligation took ({@code unreportedBeyond}: such releases).
 */
public record ObligationLine(
    ObligationState state,
    String party,
    String what,
    Optional<String> category,
    long dueDay,
    Optional<LocalDate> dueDate,
    long required,
    long done,
    long daysLate,
    String clause,
    Optional<TriggerLine> trigger,
    Optional<BatchLine> batch,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Performed> performed,
    // Left out of the JSON when 0, as most ledgers record every count (docs/monitor.md).
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unreported,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) long beyond,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unreportedBeyond) {
  /** A counter-release, which answers a batch. */
  public ObligationLine(
      ObligationState state,
      String party,
      String what,
      Optional<String> category,
      long dueDay,
      Optional<LocalDate> dueDate,
      long required,
      long done,
      long daysLate,
      String clause,
      Optional<TriggerLine> trigger,
      Optional<BatchLine> batch) {
    this(
        state, party, what, category, dueDay, dueDate, required, done, daysLate, clause, trigger,
        batch, List.of(), 0, 0, 0);
  }

  /** An obligation its own entries perform (a withdrawal, an undertaking with a deadline). */
  public ObligationLine(
      ObligationState state,
      String party,
      String what,
      Optional<String> category,
      long dueDay,
      Optional<LocalDate> dueDate,
      long required,
      long done,
      long daysLate,
      String clause,
      Optional<TriggerLine> trigger,
      List<Performed> performed) {
    this(
        state,
        party,
        what,
        category,
        dueDay,
        dueDate,
        required,
        done,
        daysLate,
        clause,
        trigger,
        Optional.empty(),
        performed,
        0,
        0,
        0);
  }

  /** A release obligation, with what its releases of unreported count and beyond it were. */
  public ObligationLine(
      ObligationState state,
      String party,
      String what,
      Optional<String> category,
      long dueDay,
      Optional<LocalDate> dueDate,
      long required,
      long done,
      long daysLate,
      String clause,
      Optional<TriggerLine> trigger,
      long unreported,
      long beyond,
      long unreportedBeyond) {
    this(
        state,
        party,
        what,
        category,
        dueDay,
        dueDate,
        required,
        done,
        daysLate,
        clause,
        trigger,
        Optional.empty(),
        List.of(),
        unreported,
        beyond,
        unreportedBeyond);
  }

  /** An obligation that answers no batch and is recorded by no entry of its own. */
  public ObligationLine(
      ObligationState state,
      String party,
      String what,
      Optional<String> category,
      long dueDay,
      Optional<LocalDate> dueDate,
      long required,
      long done,
      long daysLate,
      String clause,
      Optional<TriggerLine> trigger) {
    this(
        state,
        party,
        what,
        category,
        dueDay,
        dueDate,
        required,
        done,
        daysLate,
        clause,
        trigger,
        Optional.empty(),
        List.of(),
        0,
        0,
        0);
  }

  /** An obligation that waits for no trigger. */
  public ObligationLine(
      ObligationState state,
      String party,
      String what,
      Optional<String> category,
      long dueDay,
      Optional<LocalDate> dueDate,
      long required,
      long done,
      long daysLate,
      String clause) {
    this(
        state,
        party,
        what,
        category,
        dueDay,
        dueDate,
        required,
        done,
        daysLate,
        clause,
        Optional.empty(),
        Optional.empty());
  }
}
