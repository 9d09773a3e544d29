/** The simulation behind the timeline and the evaluator of conditions. */
package org.truce.check.internal;
