package org.truce.monitor;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code by} suspended its obligations ({@code of}: the clause cited, or empty for all of them) or,
 * when {@code terminated}, terminated the agreement, on {@code day} (entry {@code entry}); {@code
 * right}: the right that covered it, or why none did; {@code lawful}: whether a right covered it
 * (or the agreement had ended already); {@code clause}: the right's citation. A suspension taken up
 * again: {@code endDay} and {@code endEntry}, its {@code reinstated} entry.
 */
public record SuspensionLine(
    long day,
    LocalDate date,
    String by,
    boolean terminated,
    String of,
    boolean lawful,
    String right,
    String clause,
    String entry,
    Optional<Long> endDay,
    Optional<String> endEntry) {}
