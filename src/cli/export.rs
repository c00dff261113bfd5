//! `podium export FILE -o OUT`: the format by OUT's extension, public by default (CONTRACTS §5); `-o -`
//! writes text formats to standard output; files are written atomically.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};

use super::{CliError, fail, load_input};
use crate::export::agenda::AgendaOptions;
use crate::export::csv::{CsvOptions, CsvWhat};
use crate::export::{ExportOptions, Format, FormatOptions, RenderError, SelectArgs, Selection};
use crate::i18n::Lang;

/// What `podium export` was asked.
#[derive(Clone, Debug)]
pub struct ExportArgs {
    /// The programme (.ron) or a schedule file.
    pub input: PathBuf,
    /// Where to write; `-` for standard output.
    pub out: PathBuf,
    /// The format when it is not OUT's extension (needed with `-o -`): pdf, html, ics, csv, xml, json, ron.
    pub format: Option<String>,
    /// Selections and drafts.
    pub select: SelectArgs,
    /// Contact data (speakers CSV only).
    pub include_private: bool,
    /// CSV: `sessions` or `speakers`.
    pub csv_speakers: bool,
    /// CSV delimiter.
    pub delimiter: u8,
    /// PDF and HTML agendas: layout, paper, orientation, halls per page, descriptions.
    pub agenda: AgendaOptions,
    /// Time zone for schedule inputs without one.
    pub tz: Option<String>,
    /// Language of labels.
    pub lang: Lang,
    /// The moment of the export.
    pub now: DateTime<Utc>,
}

fn render(args: &ExportArgs, format: Option<Format>) -> Result<Vec<u8>, CliError> {
    let Some(format) = format else { return Err(CliError::UnknownOutput(args.out.display().to_string())) };
    let csv = CsvOptions {
        what: if args.csv_speakers { CsvWhat::Speakers } else { CsvWhat::Sessions },
        delimiter: args.delimiter,
        include_private: args.include_private,
    };
    if csv.include_private && !(format == Format::Csv && args.csv_speakers) {
        return Err(CliError::PrivateNotAllowed);
    }
    let p = load_input(&args.input, args.tz.as_deref(), args.lang)?;
    let opts = ExportOptions { selection: Selection::resolve(&p, &args.select)?, lang: args.lang, now: args.now };
    let options = FormatOptions { csv, agenda: args.agenda };
    crate::export::render(&p, &opts, format, &options).map_err(|e| match e {
        RenderError::PrivateNotAllowed => CliError::PrivateNotAllowed,
        RenderError::Encode(message) => CliError::Encode(message),
    })
}

/// Runs the export; 0 or 2.
pub fn run_export(args: &ExportArgs) -> ExitCode {
    let to_stdout = args.out == Path::new("-");
    let ext = args.format.clone().or_else(|| args.out.extension().and_then(|e| e.to_str()).map(str::to_owned));
    let format = ext.as_deref().and_then(Format::from_extension);
    if to_stdout && format.is_some_and(|f| !f.is_text()) {
        return fail(args.lang, &CliError::NotText("PDF".to_owned()));
    }
    let result = render(args, format).and_then(|bytes| {
        if to_stdout {
            std::io::stdout().write_all(&bytes).ok();
            Ok(())
        } else {
            crate::format::write_atomic(&args.out, &bytes).map_err(CliError::from)
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(args.lang, &e),
    }
}
