-- Revisions of an article (issue 13): every write to an article or anything it owns stores the whole editable aggregate
-- (metadata, status, sections and blocks) as JSON, numbered 1, 2, 3 … per article, with who wrote it (the key's name
-- and public id) and a one-line summary. No foreign key: revisions outlive a deleted article, so the audit trail says
-- who deleted it and what it held (a deleted article's revisions are not served: its slug no longer resolves).
CREATE TABLE article_revisions (
    article_id  INTEGER NOT NULL,
    number      INTEGER NOT NULL CHECK (number > 0),
    created_at  TEXT    NOT NULL,
    key_id      TEXT    NOT NULL,
    key_name    TEXT    NOT NULL,
    summary     TEXT    NOT NULL,
    snapshot    TEXT    NOT NULL CHECK (json_valid(snapshot)),
    PRIMARY KEY (article_id, number)
) WITHOUT ROWID;

-- A draft scheduled for publication: Editing/ScheduledPublisher publishes it once publish_at has passed, as a revision
-- by the key that scheduled it. Until then public reads do not see it (it is a draft).
CREATE TABLE article_schedules (
    article_id  INTEGER NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    publish_at  TEXT    NOT NULL,
    key_id      TEXT    NOT NULL,
    key_name    TEXT    NOT NULL
);
CREATE INDEX ix_article_schedules_publish_at ON article_schedules (publish_at);
