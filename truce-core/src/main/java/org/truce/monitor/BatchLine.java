package org.truce.monitor;

import java.time.LocalDate;

/**
 * The batch of an exchange ratio that a counter-release obligation answers (docs/monitor.md,
 * "Ratios"): the {@code units} of {@code unitCategory} counted released on day {@code day} of the
 * agreement ({@code date}, the date it begins on) call for it. Renderers tell a counter-release
 * from other obligations by this, never by the obligation's words.
 */
public record BatchLine(long day, LocalDate date, long units, String unitCategory) {}
