-- What HR learns once a survey is closed: the counts of its answers, made
-- once at close (responses never change after it), and HR's own settings
-- for reading them: the goal of the programme and the company's followers
-- per platform. HR's data, written at close or by HR; nothing an employee
-- does touches this table, so it may change in any way.

CREATE TABLE survey_results (
    survey_id         TEXT PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
    -- report::results::Tally as JSON; NULL until counted.
    tally             TEXT,
    goal              TEXT NOT NULL DEFAULT 'brand_awareness',
    -- [[platform row id, followers], …] as JSON.
    company_followers TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;
