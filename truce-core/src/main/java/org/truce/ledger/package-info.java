/**
 * The ledger of a dossier: dated, sourced entries (a version tabled, a party's position on a
 * clause, a statement, a meeting, a retraction), their plain-text journal format, the checks a
 * batch must pass before anything of it is written, and the storage port that the store module
 * implements. Entries are never edited: a correction is a new entry that supersedes or retracts an
 * earlier one.
 */
package org.truce.ledger;
