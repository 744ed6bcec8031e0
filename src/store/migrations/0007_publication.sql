-- The publication of a closed survey's results (rule P9): every figure about
-- its answers as the audit left it, what is derived from them, and the
-- audit's report, made once at close and read by every page, chart, JSON
-- answer and spreadsheet. report::results::Results as JSON; NULL for
-- surveys closed before there was one (published at the first look).
ALTER TABLE survey_results ADD COLUMN publication TEXT;
