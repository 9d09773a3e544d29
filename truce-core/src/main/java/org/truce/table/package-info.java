/**
 * Reports as tables, and their forms for people and tools: aligned text for the terminal, Markdown
 * and HTML for a report, JSON for scripts. The readers of the dossier (and later of the monitor)
 * compute their tables; this package only lays them out, the same way for all.
 */
package org.truce.table;
