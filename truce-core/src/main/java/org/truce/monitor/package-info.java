/**
 * The implementation monitor (docs/monitor.md): replays a dossier's events against the version of
 * the agreement in force and says, at any moment, the phase and day, what each party owes, what is
 * overdue, the tallies, whether each batch met its ratio, and every deviation from the compliant
 * timeline, each line citing the clause it comes from. Domain logic only: no SQL, no output format.
 */
package org.truce.monitor;
