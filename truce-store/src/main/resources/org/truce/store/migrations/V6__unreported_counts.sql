-- A release whose count was not reported (`count: not reported`, docs/monitor.md) is stored with
-- unit_count 0: no release of a known count has 0. The monitor reads such releases one by one,
-- never from their sums (a sum cannot say how many of its releases had no count), through this
-- partial index. Releases written before this migration all have a count: nothing to fill in.
CREATE INDEX ledger_entry_unreported_count ON ledger_entry (seq) WHERE unit_count = 0;
