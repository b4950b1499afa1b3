-- The back-office's « contains » search on orders uses a trigram index (0013). pg_trgm ships with
-- PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13: the shop's own role may
-- create it. PGlite loads it from @electric-sql/pglite/contrib/pg_trgm (lib/db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
