-- Reader comments (issue 16). A comment is public only once a moderator approves it; until then, and as spam or
-- rejected, it changes nothing anyone reads. Personal data is kept apart and kept small:
--   * the e-mail address sits in comment_emails, one row per comment, read only by the duplicate check, the
--     moderation list and erasure; no public statement joins it;
--   * the client address is never stored: client_hash is an HMAC-SHA256 of it under a secret from configuration, used
--     for the per-client limit and set to NULL after the retention (Comments:ClientHashRetentionDays) by a background
--     service; the user agent is not stored at all.
-- Replies are one level deep: a reply's parent has no parent (checked by the write, which also requires the parent to be
-- approved). Deleting an article deletes its comments; deleting a comment deletes its replies.
CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id    INTEGER NULL REFERENCES comments (id) ON DELETE CASCADE,
    author_name  TEXT    NOT NULL CHECK (length(trim(author_name)) BETWEEN 1 AND 100),
    website      TEXT    NULL,
    body         TEXT    NOT NULL CHECK (length(trim(body)) > 0),
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'rejected')),
    held_for     TEXT    NULL CHECK (held_for IS NULL OR held_for IN ('links', 'honeypot')),
    created_at   TEXT    NOT NULL,
    moderated_at TEXT    NULL,
    client_hash  BLOB    NULL CHECK (client_hash IS NULL OR length(client_hash) = 32)
);

-- The public list: an article's approved threads oldest first, and their replies.
CREATE INDEX ix_comments_article ON comments (article_id, status, parent_id, created_at, id);
-- The moderation queue by status, oldest first.
CREATE INDEX ix_comments_status ON comments (status, created_at, id);
-- Replies of a comment (the cascade of a delete looks them up).
CREATE INDEX ix_comments_parent ON comments (parent_id) WHERE parent_id IS NOT NULL;
-- The per-client limit counts a client's recent comments; the purge finds old hashes.
CREATE INDEX ix_comments_client ON comments (client_hash, created_at) WHERE client_hash IS NOT NULL;
CREATE INDEX ix_comments_client_age ON comments (created_at) WHERE client_hash IS NOT NULL;

-- The address as given, trimmed and lower-cased, so one person's comments are found (and erased) whatever the case.
CREATE TABLE comment_emails (
    comment_id INTEGER NOT NULL PRIMARY KEY REFERENCES comments (id) ON DELETE CASCADE,
    email      TEXT    NOT NULL CHECK (length(email) BETWEEN 3 AND 254)
);
CREATE INDEX ix_comment_emails_email ON comment_emails (email);

-- What the public sees of comments changes only when a comment becomes or stops being approved, or an approved one
-- changes: then the article (its comment count) and the comment lists are stamped (see 0007). A pending, spam or
-- rejected comment, and the purge of a client hash, stamp nothing, so they leave every cached representation current.
CREATE TRIGGER comments_content_scopes_after_insert AFTER INSERT ON comments WHEN NEW.status = 'approved' BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || NEW.article_id AS scope UNION SELECT 'comments') AS s
    WHERE c.id = 1
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER comments_content_scopes_after_update AFTER UPDATE ON comments
WHEN (OLD.status = 'approved' OR NEW.status = 'approved')
    AND (OLD.status IS NOT NEW.status OR OLD.author_name IS NOT NEW.author_name OR OLD.website IS NOT NEW.website
         OR OLD.body IS NOT NEW.body OR OLD.parent_id IS NOT NEW.parent_id OR OLD.article_id IS NOT NEW.article_id) BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c,
        (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'article:' || NEW.article_id UNION SELECT 'comments') AS s
    WHERE c.id = 1
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;

CREATE TRIGGER comments_content_scopes_after_delete AFTER DELETE ON comments WHEN OLD.status = 'approved' BEGIN
    UPDATE content_state SET version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1;
    INSERT INTO content_scopes (scope, version, updated_at)
    SELECT s.scope, c.version, c.updated_at FROM content_state c, (SELECT 'article:' || OLD.article_id AS scope UNION SELECT 'comments') AS s
    WHERE c.id = 1
    ON CONFLICT (scope) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
END;
