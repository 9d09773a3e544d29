/** Analyses of agreements over time; for now the compliant day-by-day timeline. */
package org.truce.check;
