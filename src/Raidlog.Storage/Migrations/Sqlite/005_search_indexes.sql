-- Indexes for the API's bbox and text filters (GET /api/incidents?bbox=...&text=...); the filters mean what they
-- meant before (IncidentFilter), only the work changes. Measured on 100,000 incidents in IncidentFilter.cs.

-- bbox: a range on lat, with lon and the disputed flag checked inside the index, so counting a box reads no rows.
-- SQLite keeps no statistics on value ranges; SqlStore.QueryIncidents decides when a big box walks the date order instead.
CREATE INDEX incidents_lat_lon ON incidents (lat, lon, disputed);

-- text: a case-insensitive substring of the place, the region or an evidence sentence. FTS5's trigram tokenizer
-- answers exactly that from an index: a phrase of trigrams is a substring.

-- Place and region names, once each, kept by triggers; incidents are then found through incidents_place/_admin1.
CREATE INDEX incidents_place ON incidents (place);
CREATE INDEX incidents_admin1 ON incidents (admin1);
CREATE TABLE search_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE search_names_fts USING fts5(name, content = 'search_names', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER search_names_index AFTER INSERT ON search_names BEGIN
    INSERT INTO search_names_fts (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER incidents_names_insert AFTER INSERT ON incidents BEGIN
    INSERT OR IGNORE INTO search_names (name) VALUES (new.place);
    INSERT OR IGNORE INTO search_names (name) SELECT new.admin1 WHERE new.admin1 IS NOT NULL;
END;
CREATE TRIGGER incidents_names_update AFTER UPDATE OF place, admin1 ON incidents BEGIN
    INSERT OR IGNORE INTO search_names (name) VALUES (new.place);
    INSERT OR IGNORE INTO search_names (name) SELECT new.admin1 WHERE new.admin1 IS NOT NULL;
END;
INSERT OR IGNORE INTO search_names (name) SELECT place FROM incidents UNION SELECT admin1 FROM incidents WHERE admin1 IS NOT NULL;

-- Evidence: one row per report (rowid = report id, which VACUUM keeps) with its sentences one per line, so a
-- search without a line break cannot match across two of them. Contentless: the sentences stay in evidence only.
-- Ingest adds the rows of a batch's new reports in one statement (SqliteDialect.ReportsAdded).
CREATE VIRTUAL TABLE report_search USING fts5(text, content = '', contentless_delete = 1, tokenize = 'trigram');
INSERT INTO report_search (rowid, text) SELECT report_id, group_concat(text, char(10)) FROM evidence GROUP BY report_id;
