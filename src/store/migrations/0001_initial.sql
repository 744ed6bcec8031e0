-- Stemme's first schema.
--
-- Privacy rule P1 shapes every table that holds employee data: no time
-- columns, no column linking a response to an invite or a token, and keys
-- that are random or hashes in WITHOUT ROWID tables, so the physical order
-- of rows says nothing about the order they were written in.

CREATE TABLE surveys (
    id             TEXT PRIMARY KEY,
    title          TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
    min_group_size INTEGER NOT NULL DEFAULT 5 CHECK (min_group_size >= 3),
    questionnaire  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE departments (
    survey_id   TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    -- Set when the survey opens. key_id is SHA-256 of public_key (SPKI DER).
    key_id      BLOB UNIQUE,
    public_key  BLOB,
    -- PKCS#8 DER; set to NULL when the survey closes (P6).
    private_key BLOB,
    PRIMARY KEY (survey_id, name)
) WITHOUT ROWID;

CREATE TABLE invites (
    -- SHA-256 of the canonical code: the code itself is never stored.
    code_hash    BLOB PRIMARY KEY,
    survey_id    TEXT NOT NULL,
    department   TEXT NOT NULL,
    used         INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    -- SHA-256 of the blinded message that was signed, so a retry after a lost
    -- response gets the same signature. The blinded message is independent of
    -- the token it hides; cleared when the survey closes.
    blinded_hash BLOB,
    FOREIGN KEY (survey_id, department) REFERENCES departments (survey_id, name)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

CREATE INDEX invites_by_department ON invites (survey_id, department, used);

CREATE TABLE spent_tokens (
    -- SHA-256 of the token message.
    token_hash BLOB PRIMARY KEY,
    survey_id  TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE responses (
    -- 16 random bytes: unrelated to the token, the invite and the time.
    id         BLOB PRIMARY KEY,
    survey_id  TEXT NOT NULL,
    department TEXT NOT NULL,
    answers    TEXT NOT NULL,
    FOREIGN KEY (survey_id, department) REFERENCES departments (survey_id, name)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

CREATE INDEX responses_by_department ON responses (survey_id, department);
