-- Documents, their segments, the alignment and every revision of a target segment.

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  source_lang TEXT NOT NULL DEFAULT 'ru',
  target_lang TEXT NOT NULL DEFAULT 'en',
  source_name TEXT NOT NULL,
  target_name TEXT NOT NULL,
  source_encoding TEXT NOT NULL,
  target_encoding TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A bead is one row of the side-by-side view: n source sentences against m target sentences.
CREATE TABLE beads (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX beads_by_document ON beads(document_id, position);

CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  bead_id INTEGER NOT NULL REFERENCES beads(id) ON DELETE CASCADE,
  side TEXT NOT NULL CHECK (side IN ('source', 'target')),
  position INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('text', 'heading', 'caption', 'credit', 'furniture')),
  original TEXT NOT NULL,
  current TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX segments_in_order ON segments(document_id, side, position);
CREATE INDEX segments_by_bead ON segments(bead_id);

-- The text as imported is kept forever.
CREATE TRIGGER segments_original_is_immutable
BEFORE UPDATE OF original ON segments
WHEN NEW.original IS NOT OLD.original
BEGIN
  SELECT RAISE(ABORT, 'the imported text of a segment cannot change');
END;

-- One user action (a typing session, a fix, a fix-all) groups the revisions it made,
-- so that undo and redo take back or replay the whole action.
CREATE TABLE edits (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('manual', 'fix', 'fix-all')),
  detail TEXT,
  state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX edits_by_document ON edits(document_id, id);

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
  edit_id INTEGER NOT NULL REFERENCES edits(id) ON DELETE CASCADE,
  previous TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX revisions_by_segment ON revisions(segment_id, id);
CREATE INDEX revisions_by_edit ON revisions(edit_id);
