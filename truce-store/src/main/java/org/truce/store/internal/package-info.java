/** The JDBC implementation of the ledger, its dialects and its migrations. */
package org.truce.store.internal;
