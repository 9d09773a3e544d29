package org.truce.cli.run;

/** What a monitor command prints: the status, the tallies, or the report. */
public enum MonitorReport {
  STATUS,
  TALLY,
  REPORT
}
