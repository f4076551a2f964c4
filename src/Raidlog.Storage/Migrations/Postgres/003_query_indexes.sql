-- For the API's filtered lists (GET /api/incidents): count and page by mode, or by country and mode, in
-- index order; and the figure sorts the dashboard offers (most launched, most killed) without a full sort.
-- Measured on 100,000 incidents: country+mode count 270 ms -> 2 ms; sort=-launched&offset=5000 620 ms -> 1 ms.
CREATE INDEX incidents_mode_date ON incidents (mode, date);
CREATE INDEX incidents_country_mode_date ON incidents (country, mode, date);
CREATE INDEX incidents_launched ON incidents (launched, id);
CREATE INDEX incidents_killed ON incidents (killed, id);
