-- Glossaries mirror TBX-Basic: glossary → concept → terms per language.

CREATE TABLE glossaries (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  source_lang TEXT NOT NULL DEFAULT 'ru',
  target_lang TEXT NOT NULL DEFAULT 'en',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE concepts (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  glossary_id INTEGER NOT NULL REFERENCES glossaries(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('person', 'title', 'organization', 'place', 'other')),
  domain TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  -- A deleted concept is kept until the deletion can no longer be undone.
  deleted_at TEXT
) STRICT;
CREATE INDEX concepts_by_glossary ON concepts(glossary_id) WHERE deleted_at IS NULL;

CREATE TABLE terms (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  concept_id INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  lang TEXT NOT NULL CHECK (lang IN ('ru', 'en')),
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  status TEXT NOT NULL CHECK (status IN ('preferred', 'admitted', 'forbidden')),
  case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1)),
  part_of_speech TEXT,
  note TEXT
) STRICT;
CREATE INDEX terms_by_concept ON terms(concept_id);

-- The glossaries a document is reviewed against.
CREATE TABLE document_glossaries (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  glossary_id INTEGER NOT NULL REFERENCES glossaries(id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, glossary_id)
) STRICT;

-- Full-text search over terms and notes in both scripts. FTS5 does not equate ё and е, so the
-- indexed text is folded here and queries are folded the same way.
CREATE VIRTUAL TABLE term_search USING fts5(text, note, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER term_search_insert AFTER INSERT ON terms BEGIN
  INSERT INTO term_search (rowid, text, note) VALUES (
    NEW.id,
    replace(replace(NEW.text, 'ё', 'е'), 'Ё', 'Е'),
    replace(replace(coalesce(NEW.note, '') || ' ' || coalesce((SELECT note FROM concepts WHERE id = NEW.concept_id), ''), 'ё', 'е'), 'Ё', 'Е'));
END;

CREATE TRIGGER term_search_update AFTER UPDATE ON terms BEGIN
  DELETE FROM term_search WHERE rowid = OLD.id;
  INSERT INTO term_search (rowid, text, note) VALUES (
    NEW.id,
    replace(replace(NEW.text, 'ё', 'е'), 'Ё', 'Е'),
    replace(replace(coalesce(NEW.note, '') || ' ' || coalesce((SELECT note FROM concepts WHERE id = NEW.concept_id), ''), 'ё', 'е'), 'Ё', 'Е'));
END;

CREATE TRIGGER term_search_delete AFTER DELETE ON terms BEGIN
  DELETE FROM term_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER term_search_concept_note AFTER UPDATE OF note ON concepts BEGIN
  DELETE FROM term_search WHERE rowid IN (SELECT id FROM terms WHERE concept_id = NEW.id);
  INSERT INTO term_search (rowid, text, note)
    SELECT t.id,
           replace(replace(t.text, 'ё', 'е'), 'Ё', 'Е'),
           replace(replace(coalesce(t.note, '') || ' ' || coalesce(NEW.note, ''), 'ё', 'е'), 'Ё', 'Е')
    FROM terms t WHERE t.concept_id = NEW.id;
END;
