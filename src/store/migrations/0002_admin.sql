-- HR's side: administrator accounts, their sessions, the audit trail of
-- their actions, and the server's own secrets.
--
-- These tables are about HR's actions, never about employees, so unlike the
-- tables of migration 1 they may carry times. None of them refers to a
-- response, a token or an invite (rule P1).

CREATE TABLE admin_accounts (
    -- Lower-cased at parse time, so names are unique regardless of case.
    username      TEXT PRIMARY KEY,
    -- Argon2id, as a PHC string with its own salt and parameters.
    password_hash TEXT NOT NULL,
    created_at    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE admin_sessions (
    -- SHA-256 of the session id in the cookie: a copy of the database
    -- lets nobody sign in as HR.
    id_hash      BLOB PRIMARY KEY,
    username     TEXT NOT NULL REFERENCES admin_accounts (username) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;

-- In order of the actions: here order and time are the point.
CREATE TABLE admin_audit (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    -- An account name, or '(command line)'. Not a foreign key: the trail
    -- outlives accounts.
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    survey_id TEXT,
    detail    TEXT NOT NULL DEFAULT ''
);

-- 'session_key': the HMAC key that signs session cookies and CSRF tokens.
-- 'setup_token': SHA-256 of the one-time first-admin setup secret.
CREATE TABLE server_secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;
