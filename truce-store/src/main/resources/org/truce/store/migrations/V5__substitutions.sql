-- A release recorded in place of units an order makes due first (`substitutes:`, docs/monitor.md)
-- is read one by one by the monitor, never summed: its sum row could not carry the marker, and a
-- substitution read back as an ordinary release would be an order breach. The column names the
-- category it stands in for; releases written before this migration are filled in by truce right
-- after it, in the same transaction.
ALTER TABLE ledger_entry ADD COLUMN substitutes TEXT;
CREATE INDEX ledger_entry_substitutes ON ledger_entry (substitutes);
