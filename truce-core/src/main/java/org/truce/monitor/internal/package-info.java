/** The steps of the monitor's replay; reached through {@link org.truce.monitor.Monitor}. */
package org.truce.monitor.internal;
