-- Nothing to do on PostgreSQL: its text indexes (005) follow the evidence table by themselves. Kept so that both
-- providers number their migrations alike.
SELECT 1;
