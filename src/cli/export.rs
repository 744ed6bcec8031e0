//! `stemme export`: a closed survey's results as XLSX or CSV, the same file
//! HR downloads from the results page, recorded in HR's audit trail.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::surveys::parse_id;
use crate::accounts::Actor;
use crate::export::{CsvTable, Format, Options, Values};
use crate::language::Language;
use crate::service::{ComparisonFile, Exported, Service, SurveyError};
use crate::survey::SurveyId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    /// A workbook: summary, charts, by department, long table, codebook.
    Xlsx,
    /// One table (see --what).
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum What {
    /// One row per published group, a column per aggregate.
    Departments,
    /// One line per published cell, for pivot tables.
    Long,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The survey's id; its results exist once it is closed.
    #[arg(long, env = "STEMME_SURVEY")]
    pub survey: String,
    #[arg(long, value_enum)]
    pub format: FileFormat,
    /// The table of a CSV file.
    #[arg(long, value_enum, default_value = "departments")]
    pub what: What,
    /// The language of texts, headers and file defaults: da, nb or en.
    #[arg(long, default_value = "en", value_parser = language)]
    pub lang: Language,
    /// `labels` (texts in --lang) or `ids` (the codebook's ids).
    #[arg(long, default_value = "labels", value_parser = values)]
    pub values: Values,
    /// CSV only: the field separator, one character or `tab`;
    /// `;` for da and nb, `,` for en unless given.
    #[arg(long, value_parser = delimiter)]
    pub delimiter: Option<u8>,
    /// CSV only: start with a UTF-8 byte-order mark (the default for da
    /// and nb, whose Excel needs it to read æ, ø and å).
    #[arg(long, overrides_with = "no_bom")]
    pub bom: bool,
    /// CSV only: no byte-order mark (the default for en).
    #[arg(long, overrides_with = "bom")]
    pub no_bom: bool,
    /// Write to this new file instead of standard output; an existing file
    /// is never overwritten.
    #[arg(long, env = "STEMME_OUT")]
    pub out: Option<PathBuf>,
    /// The baseline this survey follows up: the comparison of the two is
    /// written instead (its "Change" workbook, or with --format csv its
    /// long table in --lang's format), as the comparison page downloads it.
    #[arg(long, env = "STEMME_COMPARE_WITH")]
    pub compare_with: Option<String>,
}

fn language(tag: &str) -> Result<Language, String> {
    Language::ALL
        .into_iter()
        .find(|l| l.code() == tag)
        .ok_or_else(|| "one of da, nb, en".to_owned())
}

fn values(s: &str) -> Result<Values, String> {
    Values::parse(s).ok_or_else(|| "ids or labels".to_owned())
}

fn delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match s.as_bytes() {
            [b] if b.is_ascii_punctuation() && *b != b'"' => Ok(*b),
            _ => Err("one character such as ; or , (or tab)".to_owned()),
        },
    }
}

impl ExportArgs {
    fn options(&self) -> Options {
        let format = match (self.format, self.what) {
            (FileFormat::Xlsx, _) => Format::Xlsx,
            (FileFormat::Csv, What::Departments) => Format::Csv(CsvTable::Departments),
            (FileFormat::Csv, What::Long) => Format::Csv(CsvTable::Long),
        };
        let mut options = Options::new(format, self.lang);
        options.values = self.values;
        if let Some(d) = self.delimiter {
            options.delimiter = d;
        }
        if self.bom || self.no_bom {
            options.bom = self.bom;
        }
        options
    }
}

pub async fn run(args: ExportArgs, service: &Service) -> anyhow::Result<()> {
    let survey = parse_id(&args.survey)?;
    let baseline = args.compare_with.as_deref().map(parse_id).transpose()?;
    // Checked before anything is written or audited.
    let file = match &args.out {
        Some(path) => Some(prepare(path)?),
        None => None,
    };
    let exported = match baseline {
        Some(baseline) => comparison(service, &survey, &baseline, &args).await?,
        None => results(service, &survey, &args).await?,
    };
    let what = if args.compare_with.is_some() {
        "the comparison of survey"
    } else {
        "the results of survey"
    };
    match (file, &args.out) {
        (Some(mut file), Some(path)) => {
            file.write_all(&exported.bytes)?;
            file.as_file().sync_all()?;
            file.persist_noclobber(path)
                .with_context(|| format!("could not write {}", path.display()))?;
            eprintln!("Wrote {what} {survey} to {}.", path.display());
        }
        _ => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&exported.bytes)?;
            stdout.flush()?;
        }
    }
    Ok(())
}

/// The follow-up `survey` against `baseline`, which it must follow up.
async fn comparison(
    service: &Service,
    survey: &SurveyId,
    baseline: &SurveyId,
    args: &ExportArgs,
) -> anyhow::Result<Exported> {
    match service.follow_up_of(survey).await? {
        Some(of) if &of.baseline == baseline => {}
        Some(of) => anyhow::bail!(
            "survey {survey} follows up survey {}, not {baseline}",
            of.baseline
        ),
        None => anyhow::bail!(
            "survey {survey} is not a follow-up of {baseline} (make one with `stemme survey follow-up --from {baseline}`)"
        ),
    }
    let file = match args.format {
        FileFormat::Xlsx => ComparisonFile::Xlsx,
        FileFormat::Csv => ComparisonFile::Csv,
    };
    match service
        .export_comparison(survey, file, args.lang, &Actor::CommandLine)
        .await
    {
        Ok(exported) => Ok(exported),
        Err(SurveyError::WrongStatus { actual, .. }) => anyhow::bail!(
            "a survey of the two is {actual}: they can be compared once both are closed"
        ),
        Err(e) => Err(e.into()),
    }
}

async fn results(
    service: &Service,
    survey: &SurveyId,
    args: &ExportArgs,
) -> anyhow::Result<Exported> {
    match service
        .export(survey, args.options(), &Actor::CommandLine)
        .await
    {
        Ok(exported) => Ok(exported),
        Err(SurveyError::WrongStatus { actual, .. }) => anyhow::bail!(
            "survey {survey} is {actual}: its results can be exported only once it is closed \
             (while a survey runs, only participation is shown; close it with `stemme survey close`)"
        ),
        Err(e) => Err(e.into()),
    }
}

fn prepare(path: &Path) -> anyhow::Result<tempfile::NamedTempFile> {
    if path.exists() {
        anyhow::bail!("{} already exists; choose a new file name", path.display());
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write a file in {}", dir.display()))
}
