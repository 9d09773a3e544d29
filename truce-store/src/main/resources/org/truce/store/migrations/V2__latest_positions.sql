-- The latest position in force of each party on each clause (as the entry names it) of each
-- version: what `truce positions` and `truce sticking-points` read, kept up to date by every
-- append under the write lock, so that they read a few rows however long the ledger. An entry is
-- in force unless another supersedes or retracts it; the latest is the last by date, then by
-- order recorded.
CREATE TABLE ledger_position (
  version TEXT NOT NULL,
  party TEXT NOT NULL,
  clause TEXT NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (version, party, clause)
);
CREATE INDEX ledger_entry_supersedes ON ledger_entry (supersedes);
CREATE INDEX ledger_entry_retracts ON ledger_entry (retracts);
INSERT INTO ledger_position (version, party, clause, seq)
SELECT version, party, clause, seq FROM (
  SELECT version, party, clause, seq,
    ROW_NUMBER() OVER (PARTITION BY version, party, clause ORDER BY entry_date DESC, seq DESC) AS r
  FROM ledger_entry e
  WHERE kind = 'position'
    AND NOT EXISTS (SELECT 1 FROM ledger_entry c WHERE c.supersedes = e.id OR c.retracts = e.id)
) ranked
WHERE r = 1;
