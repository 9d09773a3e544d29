package org.truce.testing;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.CalendarMoment;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * Hours, dates and zones for generated agreements (docs/semantics.md, "Hours, dates and zones"):
 * sometimes a zone in the header, and deadlines in days of the agreement written as the calendar
 * moment that falls in their day, computed here from the semantics page (day d ends 24d hours after
 * entry), not by the product's clock. Drawn after everything else, so that the agreements drawn
 * before stay the same.
 */
final class MomentDraws {
  private static final List<String> ZONES =
      List.of("Asia/Beirut", "Asia/Gaza", "Europe/Kyiv", "UTC+02:00", "America/New_York");

  private MomentDraws() {}

  /** Sometimes a zone, when the header gives an entry date. */
  static Metadata zoned(Dice dice, Metadata m) {
    if (m.startDate().isEmpty() || !dice.chance(50)) {
      return m;
    }
    return new Metadata(
        m.title(),
        m.version(),
        m.dated(),
        m.tabledBy(),
        m.via(),
        m.previous(),
        m.startDate(),
        m.startTime(),
        Optional.of(ZoneId.of(dice.oneOf(ZONES))));
  }

  /** Sometimes a deadline in days of the agreement written as a moment inside its day. */
  static List<Phase> moments(Dice dice, List<Phase> phases, Metadata m) {
    if (m.startDate().isEmpty()) {
      return phases;
    }
    ZoneId zone = m.zone().orElse(ZoneOffset.UTC);
    ZonedDateTime entry =
        m.startDate().get().atTime(m.startTime().orElse(LocalTime.MIDNIGHT)).atZone(zone);
    List<Phase> out = new ArrayList<>();
    for (Phase phase : phases) {
      List<PhaseClause> clauses = new ArrayList<>();
      for (PhaseClause clause : phase.clauses()) {
        clauses.add(
            switch (clause) {
              case PhaseClause.Withdrawal w
                  when w.deadline() instanceof Schedule.ByAgreementDay by ->
                  new PhaseClause.Withdrawal(
                      w.ref(), w.party(), w.area(), moment(dice, entry, by.day()));
              case PhaseClause.Undertaking u
                  when u.deadline().orElse(null) instanceof Schedule.ByAgreementDay by ->
                  new PhaseClause.Undertaking(
                      u.ref(), u.party(), u.duty(), Optional.of(moment(dice, entry, by.day())));
              default -> clause;
            });
      }
      out.add(phase.withClauses(clauses));
    }
    return out;
  }

  /**
   * Day {@code day} as a moment that falls in it: its end, or 2 to 22 hours before (clear of a
   * change of clocks, where a local time may stand for two instants).
   */
  private static Schedule moment(Dice dice, ZonedDateTime entry, long day) {
    if (!dice.chance(50)) {
      return new Schedule.ByAgreementDay(day);
    }
    int before = dice.chance(30) ? 0 : dice.between(2, 22) * 60;
    ZonedDateTime at =
        entry
            .toInstant()
            .plus(Duration.ofHours(24 * day).minusMinutes(before))
            .atZone(entry.getZone());
    return new Schedule.ByAgreementDay(
        day,
        Optional.of(
            new CalendarMoment(
                at.toLocalDate(), Optional.of(LocalTime.of(at.getHour(), at.getMinute())))));
  }
}
