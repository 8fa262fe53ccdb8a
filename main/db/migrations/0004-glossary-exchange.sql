-- The state of each concept the last time its glossary was exchanged (exported to a file, or
-- merged from one): the common base of a three-way merge. A field that differs from the base on
-- one side only changed on that side and is merged without asking; changed on both sides, it is a
-- conflict. The snapshot is the concept as the file carried it (compact JSON written by the
-- service: [type, domain, note, [[lang, text, status, case, part of speech, note]…]]), so what a
-- format cannot carry is not mistaken later for a deletion.
--
-- Keyed by the concept's row: a concept keeps its uuid for life, its glossary is the concept's, and
-- the rows of a large import append in id order instead of landing at random uuids (a 100,000-line
-- import writes its bases in a fifth of the time). Deleting a glossary or purging a concept takes
-- its base with it; a soft-deleted concept keeps it.
CREATE TABLE exchange_base (
  concept_id INTEGER PRIMARY KEY REFERENCES concepts(id) ON DELETE CASCADE,
  snapshot TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('export', 'import')),
  format TEXT NOT NULL CHECK (format IN ('tbx', 'tbx2', 'csv', 'tsv')),
  recorded_at TEXT NOT NULL
) STRICT;
