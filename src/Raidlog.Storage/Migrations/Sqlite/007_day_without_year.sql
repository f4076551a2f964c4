-- The month and day of a report whose article prints no year and has no publication date (ISO 8601 "--05-28"),
-- and of an incident none of whose reports has a date: merging still keeps a yearless May 28 from a May 30.
-- Both stay null for a dated report or incident. Older stores gain the column empty: their yearless reports were
-- stored without their day, and stay undated.
ALTER TABLE reports ADD COLUMN day_without_year TEXT;
ALTER TABLE incidents ADD COLUMN day_without_year TEXT;
