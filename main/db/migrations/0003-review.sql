-- Findings the editor dismissed. A finding is identified by its stable key (check, row, the
-- spans' text), so a dismissal survives re-checks and edits elsewhere in the segment.
CREATE TABLE dismissals (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (document_id, key)
) STRICT, WITHOUT ROWID;
