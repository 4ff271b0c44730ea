-- API keys for the write API (issue 13). A key is shown once, when it is created, and only the SHA-256 hash of its
-- whole text is kept: a copy of this file (a backup, a lost disk) gives nobody a usable key. The id is public (it is
-- the key's prefix, and what `keys list` and `keys revoke` name); scopes are space-separated, checked against the
-- vocabulary in code (Keys/KeyVocabulary.cs). A revoked key is kept, so the list still says who had access until when.
CREATE TABLE api_keys (
    id           TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 10),
    name         TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    scopes       TEXT NOT NULL CHECK (length(trim(scopes)) > 0),
    key_hash     BLOB NOT NULL CHECK (length(key_hash) = 32),
    created_at   TEXT NOT NULL,
    revoked_at   TEXT NULL,
    last_used_at TEXT NULL
) WITHOUT ROWID;
