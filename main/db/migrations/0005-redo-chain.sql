-- An edit made after an undo ends the redo chain: the edits undone before it are marked
-- abandoned (kept in the history, never redone). Chains recorded before this column existed
-- are left as they were.
ALTER TABLE edits ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0 CHECK (abandoned IN (0, 1));
