-- Every ballot gets a slot: its number in its department, 0, 1, 2, … in the
-- order HR made the ballots (HR's data, as the batches are; an answer never
-- changes it). An answer fills an empty ballot drawn uniformly: a random
-- slot, drawn again while it is taken or gone (store/ballots.rs).
--
-- Before, an answer took the first empty ballot at or after a random id.
-- That favours the ballot just after a run of filled ones, so ballots were
-- filled in runs of rising ids, and since a page holds its ballots in id
-- order, their places kept some of the order of the answers (rule P1):
-- Kendall's tau between the order of 40 answers and their ballots' places
-- was 0.1 on average instead of 0, and past 0.5 in about one run in a
-- hundred of `storage_order::p1_where_invites_and_ballots_sit_…`.
--
-- The existing ballots are numbered in id order, which is random; rows
-- that grow move once, here, in that order, whatever was filled when.
ALTER TABLE ballots ADD COLUMN slot INTEGER NOT NULL DEFAULT -1;
UPDATE ballots SET slot = numbered.slot
FROM (
    SELECT survey_id, department, id,
           row_number() OVER (PARTITION BY survey_id, department ORDER BY id) - 1 AS slot
    FROM ballots
) AS numbered
WHERE numbered.survey_id = ballots.survey_id
  AND numbered.department = ballots.department
  AND numbered.id = ballots.id;
-- Holds no `filled`: filling a ballot never moves an entry of this index.
CREATE UNIQUE INDEX ballots_by_slot ON ballots (survey_id, department, slot);
