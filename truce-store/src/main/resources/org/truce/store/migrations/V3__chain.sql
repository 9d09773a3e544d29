-- The hash chain (docs/monitor.md, "Integrity"): each entry's link is the SHA-256 of the link
-- before it, its number, its id and its content hash; the head is the number and link of the last
-- entry, written by every append in its transaction. The links of entries written before this
-- migration are computed by truce right after it, in the same transaction.
ALTER TABLE ledger_entry ADD COLUMN chain CHAR(64);
CREATE TABLE ledger_head (
  one INTEGER NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL,
  chain CHAR(64) NOT NULL
);
