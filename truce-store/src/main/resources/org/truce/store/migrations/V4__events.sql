-- The monitor's events (docs/monitor.md): the columns of a release or a return of remains that
-- the status sums (party holds who released), and the entry another entry refers to (the release a
-- dispute disputes or a handover hands over). Releases that no entry names are summed per day,
-- hour, party, kind, category and counting with one scan of the covering index below (less the
-- releases that an entry names, which are read one by one), so that a status over a million
-- releases reads a few thousand sums. The columns of releases written
-- before this migration are filled in by truce right after it, in the same transaction.
ALTER TABLE ledger_entry ADD COLUMN event_at VARCHAR(5);
ALTER TABLE ledger_entry ADD COLUMN category TEXT;
ALTER TABLE ledger_entry ADD COLUMN unit_count BIGINT;
ALTER TABLE ledger_entry ADD COLUMN counted VARCHAR(20);
ALTER TABLE ledger_entry ADD COLUMN counted_toward VARCHAR(10);
ALTER TABLE ledger_entry ADD COLUMN ref_id VARCHAR(100);
CREATE INDEX ledger_entry_ref ON ledger_entry (ref_id);
CREATE INDEX ledger_entry_releases ON ledger_entry
  (entry_date, event_at, party, kind, category, counted, counted_toward, unit_count, seq)
  WHERE kind IN ('release', 'remains');
