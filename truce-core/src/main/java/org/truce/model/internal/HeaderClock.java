package org.truce.model.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import org.truce.model.AgreementClock;
import org.truce.model.CalendarMoment;
import org.truce.syntax.Header;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Schedule;

/**
 * The agreement's clock read from the header of the tree, quietly (Lowering reports what is wrong
 * with it), for the checks that run on the tree and place calendar deadlines among days.
 */
final class HeaderClock {
  private HeaderClock() {}

  static Optional<AgreementClock> of(Header header) {
    Optional<LocalDate> date = Optional.empty();
    LocalTime time = LocalTime.MIDNIGHT;
    Optional<ZoneId> zone = Optional.empty();
    for (HeaderField field : header.fields()) {
      switch (field) {
        case HeaderField.Starts s -> {
          date = Lowering.date(s.date());
          time = s.time().flatMap(Lowering::time).orElse(LocalTime.MIDNIGHT);
        }
        case HeaderField.Zone z -> zone = Zones.parse(z.id().value());
        default -> {}
      }
    }
    LocalTime at = time;
    Optional<ZoneId> in = zone;
    return date.map(d -> new AgreementClock(d.atTime(at), in));
  }

  /**
   * The day of the agreement a deadline in days of the agreement or at a calendar moment is due by;
   * empty for other schedules, and for a moment that cannot be placed (reported by Lowering).
   */
  static OptionalLong agreementDay(Schedule schedule, Optional<AgreementClock> clock) {
    return switch (schedule) {
      case Schedule.ByAgreementDay by -> OptionalLong.of(by.day());
      case Schedule.ByDate by -> {
        Optional<LocalDate> date = Lowering.date(by.date());
        Optional<LocalTime> time = by.time().flatMap(Lowering::time);
        if (clock.isEmpty() || date.isEmpty() || (by.time().isPresent() && time.isEmpty())) {
          yield OptionalLong.empty();
        }
        yield OptionalLong.of(clock.get().dueDay(new CalendarMoment(date.get(), time)));
      }
      default -> OptionalLong.empty();
    };
  }
}
