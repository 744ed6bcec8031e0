-- Sign-in through the company's identity provider (OpenID Connect).
--
-- HR: an administrator who signs in through the provider gets an account
-- named as the provider names them (the audit trail's actor), bound to the
-- provider's subject, so that another person cannot take the name over by
-- changing their e-mail address. HR's data, like migration 2's tables.
CREATE TABLE admin_identities (
    -- The issuer URL, a space, and the provider's subject identifier.
    identity TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE REFERENCES admin_accounts (username) ON DELETE CASCADE
) WITHOUT ROWID;

-- Employees: per survey, whether vouchers come from invite codes, from
-- signing in, or both, and the key of the keyed hash that tells two
-- sign-ins of one person apart from two people (rule P11). The key is
-- destroyed when the survey closes, with the signing keys (rule P6).
CREATE TABLE sso_surveys (
    survey_id   TEXT PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
    mode        TEXT NOT NULL CHECK (mode IN ('codes', 'sso', 'both')),
    subject_key BLOB CHECK (subject_key IS NULL OR length(subject_key) = 32),
    -- How many slots sso_slots holds for the survey (a power of two, or 0).
    slots       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- HR's map from the provider's department claim to the survey's
-- departments, with how many people of the department may sign in (as
-- many empty ballots are made, like invites) and how many have.
CREATE TABLE sso_departments (
    survey_id  TEXT NOT NULL,
    department TEXT NOT NULL,
    -- The claim's values that mean this department, one per line.
    claim_values TEXT NOT NULL DEFAULT '',
    seats      INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),
    used       INTEGER NOT NULL DEFAULT 0 CHECK (used >= 0 AND used <= seats),
    PRIMARY KEY (survey_id, department),
    FOREIGN KEY (survey_id, department) REFERENCES departments (survey_id, name)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- The people who got a voucher by signing in: an open-addressing hash
-- table made in advance at full size, like invites (migration 3), so that
-- a sign-in rewrites a zeroed slot in place and no row's place in the file
-- records when it was written (rule P1). A slot's bucket follows from the
-- keyed hash of the subject, which the survey's key makes look random.
CREATE TABLE sso_slots (
    survey_id    TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    bucket       INTEGER NOT NULL,
    used         INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    -- HMAC-SHA-256 of issuer and subject under the survey's subject_key.
    subject_hash BLOB NOT NULL DEFAULT (zeroblob(32)) CHECK (length(subject_hash) = 32),
    -- The department's key_id (departments do not change once open).
    key_id       BLOB NOT NULL DEFAULT (zeroblob(32)) CHECK (length(key_id) = 32),
    -- As for invites: kept for a retry while the survey is open.
    blinded_hash BLOB NOT NULL DEFAULT (zeroblob(32)) CHECK (length(blinded_hash) = 32),
    blind_sig    BLOB NOT NULL DEFAULT (zeroblob(256)) CHECK (length(blind_sig) = 256),
    PRIMARY KEY (survey_id, bucket)
) WITHOUT ROWID;
