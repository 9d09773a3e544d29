/** How two versions are listed, matched and compared; reached through {@code ClauseDiff}. */
package org.truce.negotiate.internal;
