-- An early 005 kept report_search by a trigger on every evidence row; ingest now adds a batch's reports at once.
DROP TRIGGER IF EXISTS evidence_search;
