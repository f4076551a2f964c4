-- An incident founded by a report that tells of another time than its article's story without giving the day
-- ("two drones targeted the Kremlin earlier this month"): nothing says which day it was, so no later report is
-- merged into it, and it stays undated. Older stores gain the column as 0: their incidents merge as before.
ALTER TABLE incidents ADD COLUMN another_time INTEGER NOT NULL DEFAULT 0;
