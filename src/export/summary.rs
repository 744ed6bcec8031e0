//! The first sheet, the one handed to management: which survey, when it
//! ran, how many answered, the readiness index per department, the pilot
//! recommendation with its reasons (the results page's own sentences), the
//! volunteers' reach, and the privacy rules every number obeys.

use rust_xlsxwriter::{ExcelDateTime, Format, Worksheet, XlsxError};

use super::Dates;
use super::Published;
use super::cells::{self, Formats, SheetNames, column, row, value};
use super::sheet::Value;
use super::words::{Words, capitalized, unknown};
use crate::questionnaire::readiness::Goal;
use crate::report::results::{ReadinessResults, Recommendation, Results, sentences};

/// The first column's width in characters, and the others'.
const FIRST_CHARS: usize = 34;
const COLUMN_CHARS: usize = 16;
/// The last column sentences run to.
const LAST: usize = 6;

/// Writes line after line down the sheet.
struct Lines<'a> {
    ws: &'a mut Worksheet,
    f: &'a Formats,
    next: usize,
}

impl Lines<'_> {
    fn cell(&mut self, c: usize, v: &Value) -> Result<(), XlsxError> {
        value(self.ws, self.next, c, v, self.f)
    }

    fn styled(&mut self, c: usize, text: &str, format: &Format) -> Result<(), XlsxError> {
        self.ws
            .write_string_with_format(row(self.next)?, column(c)?, text, format)?;
        Ok(())
    }

    fn heading(&mut self, text: &str) -> Result<(), XlsxError> {
        self.next += 1;
        let f = self.f;
        self.styled(0, text, &f.heading)?;
        self.next += 1;
        Ok(())
    }

    fn pair(&mut self, label: &str, v: Value) -> Result<(), XlsxError> {
        let f = self.f;
        self.styled(0, label, &f.bold)?;
        match &v {
            Value::Text(text) if text.chars().count() > COLUMN_CHARS => self.sentence(1, text)?,
            _ => {
                self.cell(1, &v)?;
                self.next += 1;
            }
        }
        Ok(())
    }

    /// A sentence from column `c` to the sheet's last, wrapped in a row tall
    /// enough for it: no program grows a merged row, and a sentence left to
    /// run on was cut at the printed page's edge.
    fn sentence(&mut self, c: usize, text: &str) -> Result<(), XlsxError> {
        let r = row(self.next)?;
        let chars = FIRST_CHARS * usize::from(c == 0) + COLUMN_CHARS * (LAST - c);
        if c == LAST {
            self.ws
                .write_string_with_format(r, column(c)?, text, &self.f.wrap)?;
        } else {
            self.ws
                .merge_range(r, column(c)?, r, column(LAST)?, text, &self.f.wrap)?;
        }
        let lines = cells::lines(text, cells::text_room(chars));
        self.ws.set_row_height(r, cells::height(lines))?;
        self.next += 1;
        Ok(())
    }

    fn header(&mut self, texts: &[String]) -> Result<(), XlsxError> {
        let f = self.f;
        let mut tallest = 1;
        for (c, text) in texts.iter().enumerate() {
            self.styled(c, text, &f.header)?;
            let width = if c == 0 { FIRST_CHARS } else { COLUMN_CHARS };
            tallest = tallest.max(cells::lines(text, cells::header_room(width)));
        }
        self.ws
            .set_row_height(row(self.next)?, cells::height(tallest))?;
        self.next += 1;
        Ok(())
    }

    fn date(&mut self, label: &str, at: Option<i64>) -> Result<(), XlsxError> {
        match at.map(ExcelDateTime::from_timestamp).transpose()? {
            Some(date) => {
                let f = self.f;
                self.styled(0, label, &f.bold)?;
                self.ws
                    .write_datetime_with_format(row(self.next)?, 1, &date, &f.datetime)?;
                self.next += 1;
                Ok(())
            }
            None => self.pair(label, Value::Text(unknown())),
        }
    }
}

pub fn write(
    ws: &mut Worksheet,
    names: &SheetNames,
    survey: &Published<'_>,
    dates: &Dates,
    goal: Goal,
    w: &Words,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(&names.summary)?;
    ws.set_column_width(0, FIRST_CHARS as f64)?;
    for c in 1..=LAST {
        ws.set_column_width(column(c)?, COLUMN_CHARS as f64)?;
    }
    let r = survey.results;
    let title = w.t_args(
        "results-page-title",
        &[("title", survey.title.to_owned().into())],
    );
    let mut lines = Lines { ws, f, next: 0 };
    lines.styled(0, &title, &f.title)?;
    lines.next += 1;
    lines.sentence(0, &w.t("export-aggregates-only"))?;
    lines.next += 1;
    let text = |s: &str| Value::Text(s.to_owned());
    lines.pair(&w.t("export-survey"), text(survey.title))?;
    lines.pair(&w.t("export-survey-id"), text(survey.id.as_str()))?;
    let questionnaire = survey.questionnaire;
    let version = w.t_args(
        "export-questionnaire-version",
        &[
            (
                "title",
                questionnaire.title.get(w.language).to_owned().into(),
            ),
            ("version", questionnaire.version.into()),
        ],
    );
    lines.pair(&w.t("export-questionnaire"), Value::Text(version))?;
    lines.date(&w.t("export-opened"), dates.opened)?;
    lines.date(&w.t("export-closed"), dates.closed)?;
    lines.pair(&w.t("export-k"), Value::Int(u64::from(r.min_group_size)))?;
    let hidden = || Value::Text(w.band(&crate::report::results::Cell::Hidden));
    let total = r.total;
    lines.pair(
        &w.t("results-page-invited"),
        total.map_or_else(hidden, |t| Value::Int(t.invited)),
    )?;
    lines.pair(
        &w.t("results-legend-answered"),
        total.map_or_else(hidden, |t| Value::Int(t.answered)),
    )?;
    lines.pair(
        &w.t("results-page-rate"),
        total
            .and_then(|t| t.response_rate)
            .map_or_else(hidden, Value::Share),
    )?;
    let participation = sentences::participation(r, w.language);
    lines.pair(&w.t("export-participation"), Value::Text(participation))?;
    let goal_name = capitalized(&sentences::goal(goal, w.language));
    lines.pair(&w.t("results-page-goal-label"), Value::Text(goal_name))?;
    if let Some(readiness) = &r.readiness {
        readiness_index(&mut lines, r, readiness, w)?;
        recommendation(&mut lines, r, readiness, goal, w)?;
        reach(&mut lines, r, readiness, w)?;
    } else {
        lines.heading(&w.t("export-readiness"))?;
        lines.sentence(0, &w.t("results-no-readiness"))?;
    }
    lines.heading(&w.t("export-privacy"))?;
    let privacy = w.t_args(
        "results-page-privacy",
        &[
            ("k", r.min_group_size.into()),
            ("band", r.band_below.into()),
        ],
    );
    lines.sentence(0, &privacy)?;
    let sheets = w.t_args(
        "export-see-sheets",
        &[
            ("departments", names.departments.clone().into()),
            ("long", names.long.clone().into()),
            ("codebook", names.codebook.clone().into()),
        ],
    );
    lines.sentence(0, &sheets)?;
    Ok(())
}

fn readiness_index(
    lines: &mut Lines,
    r: &Results,
    readiness: &ReadinessResults,
    w: &Words,
) -> Result<(), XlsxError> {
    lines.heading(&w.t("export-readiness"))?;
    let mut header = vec![w.t("admin-department")];
    header.extend(Goal::ALL.map(|g| capitalized(&sentences::goal(g, w.language))));
    lines.header(&header)?;
    for (g, group) in r.groups.iter().enumerate() {
        lines.cell(0, &Value::Text(w.group(&group.name)))?;
        for (c, goal) in readiness.goals.iter().enumerate() {
            let index = goal.index.get(g).copied().flatten();
            let v = index.map_or_else(
                || Value::Text(unknown()),
                |i| Value::Int(u64::from(i.value)),
            );
            lines.cell(c + 1, &v)?;
        }
        lines.next += 1;
    }
    Ok(())
}

fn recommendation(
    lines: &mut Lines,
    r: &Results,
    readiness: &ReadinessResults,
    goal: Goal,
    w: &Words,
) -> Result<(), XlsxError> {
    lines.heading(&w.t("export-recommendation"))?;
    // HR's goal first, then the others, each in the page's own sentence.
    let goals = std::iter::once(goal).chain(Goal::ALL.into_iter().filter(|g| *g != goal));
    for g in goals {
        let sentence = sentences::readiness(r, g, w.language);
        let name = capitalized(&sentences::goal(g, w.language));
        lines.pair(&name, Value::Text(sentence))?;
    }
    let Some(Recommendation::Pilots { pilots }) = readiness
        .goals
        .iter()
        .find(|x| x.goal == goal)
        .map(|x| &x.recommendation)
    else {
        return Ok(());
    };
    let goal_name = sentences::goal(goal, w.language);
    lines.heading(&w.t_args("results-page-where-to-start", &[("goal", goal_name.into())]))?;
    for pilot in pilots {
        let index = w.t_args("results-page-index-of", &[("index", pilot.index.into())]);
        lines.pair(&pilot.department, Value::Text(index))?;
        for reason in super::pilots::reasons(r, readiness, pilot, w) {
            lines.sentence(1, &reason)?;
        }
    }
    Ok(())
}

fn reach(
    lines: &mut Lines,
    r: &Results,
    readiness: &ReadinessResults,
    w: &Words,
) -> Result<(), XlsxError> {
    lines.heading(&w.t("results-chart-reach"))?;
    lines.sentence(0, &sentences::reach(r, w.language))?;
    lines.header(&[
        w.t("results-page-platform"),
        w.t("results-volunteers"),
        w.t("results-page-followers"),
        w.t("results-legend-company"),
        w.t("results-page-multiple"),
    ])?;
    let hidden = || Value::Text(w.band(&crate::report::results::Cell::Hidden));
    let none = || Value::Text(unknown());
    for p in &readiness.reach.platforms {
        let label = readiness.platforms.iter().find(|l| l.id == p.platform);
        let name = label.map_or_else(|| p.platform.clone(), |l| w.of(l));
        lines.cell(0, &Value::Text(name))?;
        lines.cell(1, &p.volunteers.map_or_else(hidden, Value::Int))?;
        lines.cell(2, &p.followers.map_or_else(hidden, Value::Int))?;
        lines.cell(3, &p.company_followers.map_or_else(none, Value::Int))?;
        lines.cell(4, &p.multiple.map_or_else(none, Value::Decimal))?;
        lines.next += 1;
    }
    let f = lines.f;
    lines.styled(0, &w.t("results-page-all-platforms"), &f.bold)?;
    lines.cell(2, &Value::Int(readiness.reach.total))?;
    lines.next += 1;
    Ok(())
}
