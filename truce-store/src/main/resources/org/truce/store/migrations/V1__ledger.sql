-- The ledger: one row an entry, in the order recorded (seq, gap-free, assigned under the write
-- lock). content is the entry's canonical journal text, the single source of truth; hash is its
-- SHA-256; the other columns repeat parts of it so that the readers can query them. Dates are
-- ISO text (YYYY-MM-DD), which sorts as dates do, on both databases.
CREATE TABLE ledger_entry (
  seq BIGINT NOT NULL PRIMARY KEY,
  id VARCHAR(100) NOT NULL UNIQUE,
  kind VARCHAR(20) NOT NULL,
  entry_date VARCHAR(10) NOT NULL,
  party TEXT,
  clause TEXT,
  version TEXT,
  stance VARCHAR(20),
  supersedes VARCHAR(100),
  retracts VARCHAR(100),
  source TEXT NOT NULL,
  anonymous INTEGER NOT NULL,
  content TEXT NOT NULL,
  hash CHAR(64) NOT NULL,
  recorded_at VARCHAR(40) NOT NULL
);
CREATE INDEX ledger_entry_position ON ledger_entry (kind, party, clause, version);
CREATE INDEX ledger_entry_date ON ledger_entry (entry_date);
