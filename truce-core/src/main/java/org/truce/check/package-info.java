/**
 * The model checker: compiles an agreement to a transition system, explores it, runs the analyses
 * with their shortest witnesses, and exports Promela. The compliant timeline lives in {@code
 * org.truce.timeline}.
 */
package org.truce.check;
