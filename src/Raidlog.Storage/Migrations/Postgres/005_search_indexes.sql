-- Indexes for the API's bbox and text filters (GET /api/incidents?bbox=...&text=...); the filters mean what they
-- meant before (IncidentFilter), only the work changes.

-- bbox: a range on lat, with lon and the disputed flag checked inside the index. PostgreSQL's statistics tell a
-- town-sized box (use it) from a country-sized one (scan); PostGIS is not needed for boxes.
CREATE INDEX incidents_lat_lon ON incidents (lat, lon, disputed);

-- text: a case-insensitive substring (ILIKE '%...%') of the place, the region or an evidence sentence. pg_trgm's
-- GIN indexes answer ILIKE itself, so results are those of the plain scan; a tsvector would match words and stems
-- instead. pg_trgm ships with PostgreSQL (contrib); where it cannot be created, text search stays a scan.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm unavailable (%): text search will scan', SQLERRM;
END $$;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX incidents_place_trgm ON incidents USING gin (place gin_trgm_ops);
        CREATE INDEX incidents_admin1_trgm ON incidents USING gin (admin1 gin_trgm_ops);
        CREATE INDEX evidence_text_trgm ON evidence USING gin (text gin_trgm_ops);
    END IF;
END $$;
