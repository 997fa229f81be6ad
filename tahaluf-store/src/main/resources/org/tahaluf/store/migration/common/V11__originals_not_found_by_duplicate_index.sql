-- Tahaluf store, version 11: the index of copies holds copies only.
--
-- Nearly every query keeps originals with "d.duplicate_of IS NULL". Without table statistics
-- (a SQLite store is never ANALYZEd) SQLite took the full index on duplicate_of for that test and
-- so walked every article of the store, then its events, instead of the events of the window or of
-- the actors asked for: on the 30,177-article bulk corpus a month's events took 60 ms instead of
-- 16, the places of a month 44 ms instead of 1. A partial index of the copies cannot serve
-- "IS NULL", so the planner starts from the selective index (events by day, by actor) and looks
-- each article up by its key; counting the copies still reads this small index alone.
-- Partial indexes read the same on SQLite and PostgreSQL.
--
-- Numbered 11: 2–9 stay free for the migrations written at the same time as V10.

DROP INDEX documents_duplicate_of;
CREATE INDEX documents_duplicate_of ON documents (duplicate_of) WHERE duplicate_of IS NOT NULL;
