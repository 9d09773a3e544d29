package org.truce.timeline;

import java.util.List;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.vocabulary.Pace;

/**
 * A finding made while building a {@link Timeline}: something the text asks that this run could not
 * do, or a choice of the options that was not taken. Each note has a one-sentence {@link #text()}
 * in the user's terms.
 */
public sealed interface TimelineNote {
  String text();

  /**
   * On {@code day}, {@code party} held fewer units than were due: {@code released} of {@code due}.
   */
  record Shortfall(
      long day,
      String phase,
      String party,
      Category category,
      long due,
      long released,
      ClauseRef ref)
      implements TimelineNote {
    @Override
    public String text() {
      return "on day %d `%s` is due to release %d `%s` but holds only %d"
          .formatted(day, party, due, category, released);
    }
  }

  /**
   * On {@code day}, {@code units} of the line {@code line}, whose status is unknown at signing,
   * were released, and an exchange answers those that turn out to be {@code unitCategory}: the
   * timeline does not choose how many (docs/semantics.md "Status unknown at signing"), so what is
   * due is {@code perUnit} per unit revealed, from 0 to {@code perUnit * units}, revealed at
   * release.
   */
  record RevealedAtRelease(
      long day,
      String phase,
      String party,
      Category category,
      long perUnit,
      Category unitCategory,
      long units,
      Category line,
      ClauseRef ref)
      implements TimelineNote {
    @Override
    public String text() {
      return ("on day %d `%s` owes %d `%s` per `%s` among the %d `%s` released, revealed at"
              + " release: 0 to %d")
          .formatted(
              day,
              party,
              perUnit,
              category,
              unitCategory,
              units,
              line,
              org.truce.model.Counts.saturatedProduct(perUnit, units));
    }
  }

  /** A release schedule had not reached its count when the phase ended. */
  record Unfinished(
      String phase, String party, Category category, long count, long scheduled, ClauseRef ref)
      implements TimelineNote {
    @Override
    public String text() {
      return "phase `%s` ends with only %d of the %d `%s` that `%s` releases scheduled"
          .formatted(phase, scheduled, count, category, party);
    }
  }

  /**
   * An assurance fails under these options: from {@code day} on, what the guarantors ensure does
   * not hold although its scope does. A compliant run cannot have these options; the timeline shows
   * what they imply and flags the contradiction.
   */
  record AssuranceFails(long day, List<String> guarantors, String condition, ClauseRef ref)
      implements TimelineNote {
    public AssuranceFails {
      guarantors = List.copyOf(guarantors);
    }

    @Override
    public String text() {
      return "on day %d `%s` no longer holds, although `%s` ensure it: these options contradict"
              .formatted(day, condition, String.join("`, `", guarantors))
          + " the assurance";
    }
  }

  /** Fewer extension days were taken in a phase than the options asked for, and why. */
  record ExtensionRefused(String phase, long requested, long taken, String reason)
      implements TimelineNote {
    @Override
    public String text() {
      return "phase `%s`: %d extension day(s) asked, %d taken: %s"
          .formatted(phase, requested, taken, reason);
    }
  }

  /**
   * Fewer extension days were taken than asked because the holdings bound the extension: a step
   * comes with {@code perStep} units of {@code category} released by {@code party}, which held only
   * {@code held} of them on the last day of the phase.
   */
  record ExtensionBounded(
      String phase,
      long requested,
      long taken,
      String party,
      Category category,
      long held,
      long perStep,
      ClauseRef ref)
      implements TimelineNote {
    @Override
    public String text() {
      return ("phase `%s`: %d extension day(s) asked, %d taken: each step releases %d `%s` and"
              + " `%s` holds only %d")
          .formatted(phase, requested, taken, perStep, category, party, held);
    }
  }

  /**
   * A conditional release of a phase that began ({@code within N days after P has released all C},
   * docs/semantics.md "Conditional releases"): {@code armedOn} is the day of the agreement that was
   * day 1 of its period in this run (its trigger completed the day before), empty when the trigger
   * never completed, so that nothing was ever due under it. {@code completedAtEnd}: the trigger
   * completed on the timeline's last day, too late to arm the release before the agreement ended.
   * The monitor reads the trigger from what happened instead.
   */
  record Conditional(
      String phase,
      String party,
      java.util.Optional<Long> count,
      Category category,
      org.truce.model.Schedule.After after,
      java.util.Optional<Long> armedOn,
      boolean completedAtEnd,
      ClauseRef ref)
      implements TimelineNote {
    @Override
    public String text() {
      String release =
          "`%s` releases %s `%s` within %d %s after `%s` has released %s `%s`"
              .formatted(
                  party,
                  count.map(String::valueOf).orElse("all remaining"),
                  category,
                  after.withinDays(),
                  after.withinDays() == 1 ? "day" : "days",
                  after.party(),
                  after.count().map(String::valueOf).orElse("all"),
                  after.category());
      if (armedOn.isPresent()) {
        long day = armedOn.get();
        return release
            + ": armed on day %d, due by day %d".formatted(day, day + after.withinDays() - 1);
      }
      return release
          + (completedAtEnd
              ? ": completed on the last day, when the agreement ended, so never due"
              : ": never completed in this run, so never due");
    }
  }

  /**
   * A best-effort release with no long stop ({@code as located}, {@code as soon as possible}): the
   * timeline gives it no date (docs/timeline.md); from the first day of {@code phase} it is in
   * progress, and {@code held} units {@code party} held then may stay held for ever.
   */
  record InProgress(
      String phase, String party, Category category, long held, Pace pace, ClauseRef ref)
      implements TimelineNote {
    @Override
    public String text() {
      return ("from the first day of `%s`, `%s` releases `%s` %s: in progress, no date; %d held"
              + " then, none due on any day")
          .formatted(
              phase,
              party,
              category,
              pace == Pace.AS_LOCATED ? "as they are located" : "as soon as possible",
              held);
    }
  }
}
