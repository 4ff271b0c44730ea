-- Sources are edited through the write API (issue 13): each carries a version, grown by every write, so PUT, PATCH
-- and DELETE can name the version they read in If-Match ("source-{id}-v{version}"), as article writes do. Existing
-- sources start at 1. The sources triggers (0007) already stamp every scope a source edit changes.
ALTER TABLE sources ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
