# HR's results page (/admin/surveys/{id}/results).
results-page-title = Results: { $title }
results-page-k = Groups under { $k } people are never shown on their own.
results-page-back = Back to the survey
results-page-json = The numbers as JSON
results-page-privacy = Every number here describes at least { $k } people. Departments with fewer answers are pooled into “{ results-other-departments }”; where a group of fewer than { $band } answered all alike, it reads “almost all” or “almost none”, so nobody's answer can be told; company-wide figures are rounded where an exact one would give a small group away; and volunteers are compared with the rest only where both groups are large enough.
results-page-download-svg = Download the chart (SVG)
results-page-invited = Invited
results-page-rate = Response rate
results-page-option = Answer
results-page-index = Index
results-page-fit = Platform fit
results-page-sharing = Already sharing
results-page-course = Want a course
results-page-removable = Barriers a first step removes
results-page-platform = Platform
results-page-followers = Their followers (up to)
results-page-multiple = Times the company's followers
results-page-all-platforms = All platforms
results-page-because-barrier = It addresses “{ $option }”, the barrier named most here that a first step can remove.
results-page-because-motivation = It answers “{ $option }”, the motivation named most here that a first step can answer.
results-page-because-course = Many here would like a course.
results-page-because-default = Nothing stands out here; a short course is the usual way to start.
results-page-where-to-start = Where to start: { $goal }
results-page-index-of = readiness { $index } of 100
results-page-pilot-volunteers = Volunteers: { $volunteers } of { $respondents } who answered.
results-page-pilot-platform = Start on { $platform }, which { $weekly } here use weekly or more.
results-page-pilot-step = First step: { $step }.
results-page-pilots-explained = Start small, with the people who want to: a pilot in these departments, on this platform, with this first step.
results-page-none-ready-advice = Begin where interest is greatest: share guidelines and offer a short course to everyone, and ask again in a few months.
results-page-goal-label = Goal of the programme
results-page-settings = How to read the results
results-page-settings-explained = The goal decides which platforms fit best. With the company's own follower counts, the page shows how many times the volunteers' reach that is.
results-page-error-followers = Follower counts must be whole numbers.
results-page-link = See the results
admin-action-results-settings-changed = Changed how the results are read

# The audit: what was withheld, and why
results-page-range = { $low }–{ $high }%
results-page-audit-title = What was withheld, and why
results-page-audit-summary = Before these results were published, an attacker's audit checked { $protected } protected figures against everything shown here at once.
results-page-audit-none = Nothing had to be withheld beyond the rules above.
results-page-audit-some = It rounded or withheld { $withheld } more figures, so that no small group's answers can be worked out:
results-page-audit-line = { $figure }: { $now }, to protect { $protects }.
results-page-audit-now-rounded = rounded to about { $value }%
results-page-audit-now-count = rounded to about { $value }
results-page-audit-now-band = shown as “{ $band }”
results-page-audit-now-hidden = withheld
results-page-audit-protects-department = the answers to “{ $question }” of a department with too few people to be shown on its own (which one is not said)
results-page-audit-protects-figure = { $figure } (shown only as a band, or withheld)
results-page-audit-answered = how many answered
results-page-audit-weekly = weekly or more
results-page-audit-reach = the volunteers' reach on { $platform }
results-page-complementary = “Other departments” also holds a department with { $k } or more answers: the departments too small to be shown came to fewer than { $k } together, so the smallest department that could be shown joined them, or they could be worked out from the total.

# Reading the results (issue 21): the chart's scrolling region, named apart from its table
results-page-chart-region = Chart: { $title }
