/**
 * Accepted findings (docs/decisions/0016-accepted-findings.md): a baseline file beside an agreement
 * names the findings of {@code truce check} its drafters accept, each with the largest figure
 * accepted and a reason. {@link org.truce.check.baseline.BaselineReader} reads one with coded
 * diagnostics, {@link org.truce.check.baseline.Baseline#validate} checks it against the agreement,
 * {@link org.truce.check.baseline.Judgement} sets it against a report, and {@link
 * org.truce.check.baseline.BaselineWriter} writes one from a report.
 */
package org.truce.check.baseline;
