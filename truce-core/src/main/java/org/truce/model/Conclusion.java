package org.truce.model;

/** {@code concludes when C}: the agreement as a whole is complete once C holds. */
public record Conclusion(ClauseRef ref, Condition condition) {}
