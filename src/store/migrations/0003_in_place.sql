-- Nothing on disk may keep the order in which invites were used and answers
-- arrived (rule P1, docs/privacy.md). Where SQLite puts a new cell in a page
-- is the order it was written in; a cell rewritten at the same size stays
-- where it is. So everything an employee's actions change is made in
-- advance, at full size, and later overwritten in place:
--
-- * an invite carries, from the start, zeroed room for the hash of the
--   blinded message it is spent on and for the blind signature returned
--   (kept so that a retry costs no RSA operation); `used` goes 0 → 1, which
--   SQLite stores in the record header at no width;
-- * the index on invites no longer holds `used`: moving an index entry from
--   `used = 0` to `used = 1` would write it at the end of a page;
-- * responses become ballots: one empty ballot of fixed width per invite,
--   made with the invite, under a random id; an answer fills one of its
--   department's empty ballots, chosen at random, in place.
--
-- The Rust hook of this migration turns existing responses into filled
-- ballots and makes the empty ones; the store runs VACUUM afterwards so the
-- old tables' layout is gone from the file.

CREATE TABLE invite_batches (
    -- HR's batches of invites, in the order HR made them (HR's data, like
    -- the audit trail; no employee action touches this table).
    id         INTEGER PRIMARY KEY,
    survey_id  TEXT NOT NULL,
    department TEXT NOT NULL,
    size       INTEGER NOT NULL,
    format     TEXT NOT NULL,
    made_by    TEXT NOT NULL,
    voided     INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (survey_id, department) REFERENCES departments (survey_id, name)
        ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE invites_v3 (
    code_hash    BLOB PRIMARY KEY,
    survey_id    TEXT NOT NULL,
    department   TEXT NOT NULL,
    -- NULL for invites made before batches were recorded.
    batch        INTEGER REFERENCES invite_batches (id),
    used         INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    -- Zeros until used; erased to zeros again when the survey closes.
    blinded_hash BLOB NOT NULL DEFAULT (zeroblob(32)) CHECK (length(blinded_hash) = 32),
    blind_sig    BLOB NOT NULL DEFAULT (zeroblob(256)) CHECK (length(blind_sig) = 256),
    FOREIGN KEY (survey_id, department) REFERENCES departments (survey_id, name)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

INSERT INTO invites_v3 (code_hash, survey_id, department, used, blinded_hash)
    SELECT code_hash, survey_id, department, used, coalesce(blinded_hash, zeroblob(32))
    FROM invites;

DROP TABLE invites;
ALTER TABLE invites_v3 RENAME TO invites;
CREATE INDEX invites_by_department ON invites (survey_id, department);
CREATE INDEX invites_by_batch ON invites (batch);

CREATE TABLE ballots (
    survey_id  TEXT NOT NULL,
    department TEXT NOT NULL,
    -- 16 random bytes: unrelated to the invite it was made with, the token
    -- and the time.
    id         BLOB NOT NULL,
    filled     INTEGER NOT NULL DEFAULT 0 CHECK (filled IN (0, 1)),
    -- Zeros while empty; then the answers, at the width the survey's
    -- questionnaire gives every record (questionnaire/answers/record.rs).
    answers    BLOB NOT NULL,
    PRIMARY KEY (survey_id, department, id),
    FOREIGN KEY (survey_id, department) REFERENCES departments (survey_id, name)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
