/**
 * Negotiation between versions of an agreement: {@link org.truce.negotiate.ClauseDiff} compares two
 * texts clause by clause, and {@link org.truce.negotiate.ClauseDiffText} and {@link
 * org.truce.negotiate.ClauseDiffJson} present the result. Uses the model only; nothing here prints.
 */
package org.truce.negotiate;
