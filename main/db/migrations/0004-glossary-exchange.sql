-- The state of each concept the last time this glossary was exchanged (exported to a file, or
-- merged from one): the common base of a three-way merge. A field that differs from the base on
-- one side only changed on that side and is merged without asking; changed on both, it is a
-- conflict. The snapshot is the concept as the file carried it (ExchangeConcept JSON), so what a
-- format cannot carry is not mistaken later for a deletion.
-- A rowid table with a unique index rather than WITHOUT ROWID: random uuids then land in a small
-- index instead of splitting pages of snapshots, which halves the time of a 100,000-concept import.
-- The snapshot is written by the service (JSON.stringify); a json_valid check would cost as much again.
CREATE TABLE exchange_base (
  id INTEGER PRIMARY KEY,
  glossary_id INTEGER NOT NULL REFERENCES glossaries(id) ON DELETE CASCADE,
  -- Not a foreign key: a concept deleted since the exchange keeps its base, and an import
  -- matches by this uuid.
  concept_uuid TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('export', 'import')),
  format TEXT NOT NULL CHECK (format IN ('tbx', 'tbx2', 'csv', 'tsv')),
  recorded_at TEXT NOT NULL,
  UNIQUE (glossary_id, concept_uuid)
) STRICT;
