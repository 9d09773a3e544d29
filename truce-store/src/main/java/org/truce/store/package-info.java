/**
 * The ledger on a database (DESIGN.md: store): SQLite, a file inside the dossier, by default, and
 * PostgreSQL for a team; one schema, versioned migrations, the same behaviour on both, tested by
 * one contract suite. Plain JDBC: a handful of statements, batched inserts for imports.
 */
package org.truce.store;
