-- Articles as read; hash (SHA-256 of the text) makes ingest idempotent.
CREATE TABLE articles (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL UNIQUE,
    outlet      TEXT,
    url         TEXT,
    published   TEXT,
    language    TEXT NOT NULL,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

-- Merged incidents: consensus fields; id is derived from the founding report and never changes.
CREATE TABLE incidents (
    id          TEXT PRIMARY KEY,
    date        TEXT,
    place       TEXT NOT NULL,
    admin1      TEXT,
    country     TEXT NOT NULL,
    lat         REAL,
    lon         REAL,
    precision   INTEGER NOT NULL,
    mode        TEXT NOT NULL,
    attacker    TEXT,
    launched    INTEGER,
    intercepted INTEGER,
    suppressed  INTEGER,
    killed      INTEGER,
    injured     INTEGER,
    sources     INTEGER NOT NULL,
    disputed    INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
);
-- Merge candidates are looked up by country and a three-day window.
CREATE INDEX incidents_country_date ON incidents (country, date);
CREATE INDEX incidents_date ON incidents (date, id);

-- One extracted incident of one article, with its own fields.
CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES articles (seq),
    ordinal     INTEGER NOT NULL,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    date        TEXT,
    place       TEXT NOT NULL,
    admin1      TEXT,
    country     TEXT NOT NULL,
    lat         REAL,
    lon         REAL,
    precision   INTEGER NOT NULL,
    mode        TEXT NOT NULL,
    attacker    TEXT,
    launched    INTEGER,
    intercepted INTEGER,
    suppressed  INTEGER,
    killed      INTEGER,
    injured     INTEGER,
    UNIQUE (article_seq, ordinal)
);
CREATE INDEX reports_incident ON reports (incident_id);

CREATE TABLE evidence (
    report_id INTEGER NOT NULL REFERENCES reports (id),
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX evidence_report ON evidence (report_id);

-- Who said each figure; also denials and accusations (field 'denial' / 'attacker').
CREATE TABLE claims (
    report_id INTEGER NOT NULL REFERENCES reports (id),
    field     TEXT NOT NULL,
    value     INTEGER,
    claimant  TEXT,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX claims_report ON claims (report_id);

-- A consensus figure's previous value, kept when a report changed it.
CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    field       TEXT NOT NULL,
    old_value   INTEGER,
    new_value   INTEGER,
    report_id   INTEGER NOT NULL REFERENCES reports (id),
    at          TEXT NOT NULL
);
CREATE INDEX revisions_incident ON revisions (incident_id);
