package org.truce.monitor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.TalksState;
import org.truce.testing.LedgerEntries;

/** Talks, resumptions and violations on a day of an agreement that began on {@code start}. */
record Facts(LocalDate start) {
  LocalDate date(long day) {
    return start.plusDays(day - 1);
  }

  Entry talks(String id, long day, TalksState state) {
    return LedgerEntries.entry(
        id,
        date(day),
        new Event.Talks(
            "two", state, Optional.empty(), Optional.of(LocalTime.NOON), Optional.empty()));
  }

  Entry resumed(String id, long day, String by) {
    return LedgerEntries.entry(
        id,
        date(day),
        new Event.Hostilities(
            EntryKind.RESUMED,
            List.of(by),
            Optional.empty(),
            Optional.of(LocalTime.NOON),
            Optional.empty()));
  }

  Entry violation(String id, long day, String by, String against) {
    return LedgerEntries.entry(
        id,
        date(day),
        new Event.Violation(
            by,
            against,
            "a breach",
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalTime.of(10, 0))));
  }
}
