# Spreadsheet exports (src/export) and their downloads on the results page.
export-sheet-summary = Summary
export-sheet-charts = Charts
export-sheet-departments = By department
export-sheet-long = Long table
export-sheet-codebook = Codebook
export-file-results = results
export-file-departments = by department
export-file-long = long table
export-aggregates-only = This file holds aggregates only, never one row per respondent, and every number describes at least k people.
export-survey = Survey
export-survey-id = Survey id
export-questionnaire = Questionnaire
export-questionnaire-version = { $title } (version { $version })
export-opened = Opened (UTC)
export-closed = Closed (UTC)
export-k = Smallest group shown (k)
export-participation = Participation
export-readiness = Readiness index by department (0–100)
export-recommendation = Recommendation per goal
export-privacy = How the numbers protect small groups
export-see-sheets = The sheets “{ $departments }” and “{ $long }” hold every published number; “{ $codebook }” explains every id.
export-chart-left-out = Not in the chart, because their numbers are shown as bands: { $groups }.
export-col-index = Readiness index: { $goal }
export-col-weekly = Weekly or more: { $platform }
export-col-willingness = Willingness { $option }
export-col-mean = Willingness, mean (1–5)
export-col-volunteers-share = Volunteers, share
export-col-barriers = Main barriers
export-col-reach = Potential reach (upper bound)
export-col-subgroup = Subgroup
export-col-question = Question
export-col-row = Row
export-col-option = Answer
export-col-answered = Answered the question
export-col-count = Count
export-col-share = Share
export-col-shown-as = Shown as
export-col-text = Text
export-col-kind = Kind
export-col-value = Value
export-subgroup-all = All who answered
export-shown-exact = exact number
export-downloads-title = Download the results
export-downloads-hint = In English, with the same numbers as this page. The spreadsheet has a summary, charts, a table by department, a long table for pivot tables and a codebook; the CSV files hold one table each.
export-download-xlsx = Spreadsheet (XLSX)
export-download-departments = CSV by department
export-download-long = CSV long table
export-raw-data-title = Looking for the raw data?
export-raw-data = Stemme never exports one row per respondent. Such a row, someone's platforms, follower counts and willingness side by side, can point to one person in a small department. The long table has every published number instead, one line per answer per department, ready for a pivot table.
export-refused-title = The results cannot be exported yet
export-refused = The survey's status is "{ $status }". Its answers can be exported only once it is closed: while a survey runs, only participation is shown, so nobody's answers are seen while people are still answering.
export-refused-back = Back to the survey
admin-action-results-exported = Exported the results

# Printing and charts in the workbook (issue 21)
export-page-of = Page { $page } of { $pages }
export-chart-pilots-starred = ★ = suggested for a pilot for the chosen goal.

# Audited publication: how a rounded share and a rounded count read in the exports
export-shown-rounded = rounded to the nearest { $step } percentage points
export-about-count = ≈{ $value }
