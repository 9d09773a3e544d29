/** How the journal format is read and written, and how a batch is checked. */
package org.truce.ledger.internal;
