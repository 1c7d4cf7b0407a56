-- Version 3 of schema phase9: what a full load (--rebuild-indexes) has dropped and must build again.
-- A load records each secondary index here in the same transaction that drops it, and deletes the
-- row once the index is built again; an export that finds rows here (a full load that died before
-- its rebuild) builds those indexes first, so an index is never lost.
CREATE TABLE IF NOT EXISTS phase9.export_dropped_indexes (
    index_name  text PRIMARY KEY,
    table_name  text NOT NULL,
    definition  text NOT NULL,
    dropped_at  timestamptz NOT NULL DEFAULT now()
);
