-- The merge key of the place (PlaceNames.Normalize), so an undated report can find incidents at the same place.
ALTER TABLE incidents ADD COLUMN place_key TEXT;
CREATE INDEX incidents_country_place ON incidents (country, place_key);
