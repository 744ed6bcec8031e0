-- Keys retired when a backup of an open survey was restored
-- (docs/operations.md, "Restoring an open survey"). A voucher signed by a
-- retired key is refused: it may come from the time the backup lost, when
-- its invite was used and may now be used again. Each retired key names
-- its successor and signs its id, so an invite link that carries the old
-- key's fingerprint can check the new key in the browser. Public keys
-- only; nothing here is about an employee.

CREATE TABLE retired_keys (
    key_id      BLOB PRIMARY KEY,
    survey_id   TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    department  TEXT NOT NULL,
    public_key  BLOB NOT NULL,
    successor   BLOB NOT NULL,
    endorsement BLOB NOT NULL
) WITHOUT ROWID;
