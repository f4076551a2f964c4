-- The gazetteer's name of a place recorded in the article's spelling ("Khān Yūnis" for "Khan Younis"): merging
-- compares places by it (PlaceNames.KeyOf), so outlets that spell a town differently still meet.
ALTER TABLE incidents ADD COLUMN place_canonical TEXT;
ALTER TABLE reports ADD COLUMN place_canonical TEXT;
