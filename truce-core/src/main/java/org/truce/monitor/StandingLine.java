package org.truce.monitor;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The agreement itself at the moment of the status (docs/monitor.md, "Phases, talks and rights as
 * recorded"): {@code state} is {@code in_force}, {@code suspended} (in force, with a party's
 * obligations suspended), {@code ended} or {@code lapsed}; {@code by} says how it ended or was
 * suspended: {@code right} (a party resumed hostilities, suspended its obligations or terminated
 * the agreement under a right whose condition held), {@code resumption}, {@code suspension} or
 * {@code termination} (with no right that covered it) or {@code conclusion} (every phase ended, or
 * its conclusion condition held). {@code since}: the moment it entered into force, ended or lapsed;
 * {@code day}: the day of the agreement of that moment (for a conclusion or a lapse, the day at
 * whose end it came); {@code entry}: the entry it rests on; {@code clause}: the right or the lapse
 * clause; {@code text}: the same in one sentence.
 */
public record StandingLine(
    String state,
    Optional<String> by,
    LocalDateTime since,
    long day,
    Optional<String> entry,
    String clause,
    String text) {}
