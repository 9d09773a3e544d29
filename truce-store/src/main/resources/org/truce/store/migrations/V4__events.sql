-- The monitor's events (docs/monitor.md): the columns of a release or a return of remains (party
-- holds who released), and the entry another entry refers to (the release a dispute disputes or a
-- handover hands over). ledger_release_sum keeps every release summed per day, hour, party, kind,
-- category and counting, updated by each append in its transaction, so that a status over a
-- million releases reads a few thousand sums (the releases another entry names are read one by one
-- and taken out of their sums). Absent values are '' in it, so that they can be in its key. The
-- columns and sums of releases written before this migration are filled in by truce right after
-- it, in the same transaction.
ALTER TABLE ledger_entry ADD COLUMN event_at VARCHAR(5);
ALTER TABLE ledger_entry ADD COLUMN category TEXT;
ALTER TABLE ledger_entry ADD COLUMN unit_count BIGINT;
ALTER TABLE ledger_entry ADD COLUMN counted VARCHAR(20);
ALTER TABLE ledger_entry ADD COLUMN counted_toward VARCHAR(10);
ALTER TABLE ledger_entry ADD COLUMN ref_id VARCHAR(100);
CREATE INDEX ledger_entry_ref ON ledger_entry (ref_id);
CREATE TABLE ledger_release_sum (
  entry_date VARCHAR(10) NOT NULL,
  event_at VARCHAR(5) NOT NULL,
  party TEXT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  category TEXT NOT NULL,
  counted VARCHAR(20) NOT NULL,
  counted_toward VARCHAR(10) NOT NULL,
  units BIGINT NOT NULL,
  releases BIGINT NOT NULL,
  first_seq BIGINT NOT NULL,
  PRIMARY KEY (entry_date, event_at, party, kind, category, counted, counted_toward)
);
