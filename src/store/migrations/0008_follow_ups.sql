-- Follow-up surveys (issue 22): a survey made from a closed baseline, which
-- of the baseline's departments each of its departments continues, and
-- which baseline departments ran the pilot. HR's plan of the programme:
-- names only, nothing about an employee, an answer or an invite (rule P1),
-- in WITHOUT ROWID tables like the rest, so no row's place says when it
-- was written.

-- One row per follow-up. Deleting the follow-up deletes its link; deleting
-- the baseline deletes the link too (the cascade reaches the rows below),
-- so the follow-up is left a plain survey, never one that points at
-- nothing or continues departments that are gone.
CREATE TABLE follow_ups (
    survey_id   TEXT PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
    baseline_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    CHECK (survey_id <> baseline_id)
) WITHOUT ROWID;

-- The follow-ups of a baseline, for its page.
CREATE INDEX follow_ups_by_baseline ON follow_ups (baseline_id, survey_id);

-- A follow-up department and a baseline department it continues: one row
-- for the same or a renamed department, several for a merge, none for a
-- new one. Keyed by the baseline department, which one follow-up
-- department at most may continue (a split cannot be compared). The
-- follow-up's side follows its department in the draft: a rename updates
-- it, a removal takes the row with it (the baseline department is then
-- dropped). The baseline's names cannot change: it is closed.
CREATE TABLE follow_up_departments (
    survey_id  TEXT NOT NULL REFERENCES follow_ups (survey_id) ON DELETE CASCADE,
    baseline   TEXT NOT NULL,
    department TEXT NOT NULL,
    PRIMARY KEY (survey_id, baseline),
    FOREIGN KEY (survey_id, department) REFERENCES departments (survey_id, name)
        ON UPDATE CASCADE ON DELETE CASCADE
) WITHOUT ROWID;

CREATE INDEX follow_up_departments_by_department
    ON follow_up_departments (survey_id, department);

-- The baseline departments where the pilot ran.
CREATE TABLE follow_up_pilots (
    survey_id TEXT NOT NULL REFERENCES follow_ups (survey_id) ON DELETE CASCADE,
    baseline  TEXT NOT NULL,
    PRIMARY KEY (survey_id, baseline)
) WITHOUT ROWID;
