package org.truce.testing;

import java.util.Optional;
import org.truce.model.Schedule;
import org.truce.vocabulary.Pace;

/** Schedules for {@link AgreementGenerator} that always fit within the days given. */
final class ScheduleDraws {
  private final Dice dice;

  ScheduleDraws(Dice dice) {
    this.dice = dice;
  }

  Schedule deadline(long days) {
    int day = dice.between(1, (int) days);
    return dice.chance(50) ? new Schedule.OnDay(day) : new Schedule.ByDay(day);
  }

  /** A release window within the days given: a first day no later than its last. */
  Schedule window(long days) {
    int last = dice.between(1, (int) days);
    return new Schedule.Window(dice.between(1, last), last);
  }

  /** As located or as soon as possible, with a long stop within the days given or none. */
  Schedule bestEffort(long days) {
    Pace pace = dice.chance(50) ? Pace.AS_LOCATED : Pace.AS_SOON_AS_POSSIBLE;
    return new Schedule.BestEffort(
        pace, dice.chance(50) ? Optional.of((long) dice.between(1, (int) days)) : Optional.empty());
  }

  /**
   * A deadline, batches, or the whole amount again and again (`600 aid.truck, 600 per day from day
   * 3`), which the formatter may print short only without a first day.
   */
  Schedule deliverySchedule(int amount, long days) {
    return switch (dice.between(0, 3)) {
      case 0, 1 -> deadline(days);
      case 2 -> batches(amount, days);
      default -> wholeBatches(amount, days);
    };
  }

  /** The whole amount once a day or once a week, from day 1 or a later day. */
  Schedule wholeBatches(int amount, long days) {
    int from = dice.chance(50) ? 1 : dice.between(1, (int) days);
    return new Schedule.Batches(amount, dice.chance(50) ? 1 : 7, from);
  }

  /** Batches that deliver {@code count} by day {@code days}: enough per batch, never more. */
  Schedule batches(long count, long days) {
    int from = dice.chance(50) ? 1 : dice.between(1, (int) days);
    int every = dice.between(1, 7);
    long batchesInTime = (days - from) / every + 1;
    long least = (count + batchesInTime - 1) / batchesInTime;
    long size = dice.between((int) least, (int) count);
    return new Schedule.Batches(size, every, from);
  }
}
