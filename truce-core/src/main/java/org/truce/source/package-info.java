/**
 * Source texts, spans and the diagnostics truce reports about them: the one catalog of messages
 * ({@link org.truce.source.DiagnosticCode}), defensive reading of input files, and rendering of
 * diagnostics for people and tools.
 */
package org.truce.source;
