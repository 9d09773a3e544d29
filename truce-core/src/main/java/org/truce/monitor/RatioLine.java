package org.truce.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Optional;
import org.truce.monitor.Status.RatioVerdict;

/**
 * One day's batch against an exchange ratio: {@code units} counted released by others on {@code
 * day} call for {@code due} from {@code party}; {@code released} were released. {@code
 * pendingStatus} units of unknown status, released that day, may turn out to be of {@code
 * unitCategory}: until their status is recorded the batch calls for {@code due} to {@link #mostDue}
 * and is pending, never judged. {@code unreported}: releases of the batch, on either side, whose
 * count was not reported; the batch is then {@link RatioVerdict#UNREPORTED}.
 */
public record RatioLine(
    long day,
    Optional<LocalDate> date,
    String party,
    String category,
    long perUnit,
    String unitCategory,
    long units,
    long due,
    long released,
    RatioVerdict verdict,
    String clause,
    long pendingStatus,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) long unreported) {
  /** A batch with no release of unreported count. */
  public RatioLine(
      long day,
      Optional<LocalDate> date,
      String party,
      String category,
      long perUnit,
      String unitCategory,
      long units,
      long due,
      long released,
      RatioVerdict verdict,
      String clause,
      long pendingStatus) {
    this(
        day,
        date,
        party,
        category,
        perUnit,
        unitCategory,
        units,
        due,
        released,
        verdict,
        clause,
        pendingStatus,
        0);
  }

  /** A batch of units whose status is known. */
  public RatioLine(
      long day,
      Optional<LocalDate> date,
      String party,
      String category,
      long perUnit,
      String unitCategory,
      long units,
      long due,
      long released,
      RatioVerdict verdict,
      String clause) {
    this(
        day,
        date,
        party,
        category,
        perUnit,
        unitCategory,
        units,
        due,
        released,
        verdict,
        clause,
        0);
  }

  /**
   * The most the batch may call for: {@link #due} plus {@code perUnit} for each unit released from
   * a line of unknown status whose status is not recorded yet ({@code pendingStatus}) and may turn
   * out to be {@code unitCategory}.
   */
  public long mostDue() {
    return org.truce.model.Counts.saturatedSum(
        due, org.truce.model.Counts.saturatedProduct(pendingStatus, perUnit));
  }
}
