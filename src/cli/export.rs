//! `podium export FILE -o OUT`: the format by OUT's extension, public by default (CONTRACTS §5); `-o -`
//! writes text formats to standard output; files are written atomically, never over the input, and only
//! under an extension that matches what is written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};

use super::{CliError, fail, load_input, output, refuse_over_input};
use crate::export::agenda::{AgendaLayout, AgendaOptions};
use crate::export::csv::{CsvOptions, CsvWhat};
use crate::export::{ExportOptions, Format, FormatOptions, ReleaseContext, RenderError, SelectArgs, Selection};
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
    /// Programmänderungen and letters: the release label or older programme file to compare with.
    pub since: Option<String>,
    /// Time zone for schedule inputs without one.
    pub tz: Option<String>,
    /// Language of labels.
    pub lang: Lang,
    /// The moment of the export.
    pub now: DateTime<Utc>,
}

/// The format to write: `--to` if given (OUT's extension, if any, must agree), else OUT's extension.
fn format_of(args: &ExportArgs) -> Result<Format, CliError> {
    let shown = || args.out.display().to_string();
    let to_stdout = args.out == Path::new("-");
    let ext = if to_stdout { None } else { args.out.extension().and_then(|e| e.to_str()) };
    match (&args.format, ext) {
        (Some(to), ext) => {
            let format = Format::from_extension(to).ok_or_else(|| CliError::UnknownFormat(to.clone()))?;
            if ext.is_some_and(|e| Format::from_extension(e) != Some(format)) {
                return Err(CliError::WrongExtension { path: shown(), format: format.extension() });
            }
            Ok(format)
        }
        (None, Some(ext)) => Format::from_extension(ext).ok_or_else(|| CliError::UnknownOutput(shown())),
        (None, None) if to_stdout => Err(CliError::NeedsTo),
        (None, None) => Err(CliError::UnknownOutput(shown())),
    }
}

/// The bytes, and the note on the drafts and cancelled sessions a public export left out.
fn render(args: &ExportArgs, format: Format) -> Result<(Vec<u8>, Option<String>), CliError> {
    let csv = CsvOptions {
        what: if args.csv_speakers { CsvWhat::Speakers } else { CsvWhat::Sessions },
        delimiter: args.delimiter,
        include_private: args.include_private,
    };
    if csv.include_private && !(format == Format::Csv && args.csv_speakers) {
        return Err(CliError::PrivateNotAllowed);
    }
    let (p, opts) = prepare(args)?;
    let options = FormatOptions { csv, agenda: args.agenda };
    let left = opts.selection.left_out(&p);
    let note = if args.csv_speakers {
        None
    } else {
        crate::i18n::left_out(args.lang, left.drafts, left.cancelled, "--include-drafts")
    };
    crate::export::render(&p, &opts, format, &options).map(|bytes| (bytes, note)).map_err(|e| match e {
        RenderError::PrivateNotAllowed => CliError::PrivateNotAllowed,
        RenderError::Encode(message) => CliError::Encode(message),
        RenderError::NeedsSince => CliError::NeedsSince,
    })
}

/// Loads the input and resolves the selection and the release context (the latest release's label when
/// the programme still is what it released; `--since`).
fn prepare(args: &ExportArgs) -> Result<(crate::model::Programme, ExportOptions), CliError> {
    if args.agenda.layout == AgendaLayout::Changes && args.since.is_none() {
        return Err(CliError::NeedsSince);
    }
    let p = load_input(&args.input, args.tz.as_deref(), args.lang)?;
    let since = super::since_context(&args.input, args.since.as_deref(), args.tz.as_deref(), args.lang)?;
    let release = ReleaseContext { label: super::current_label(&args.input, &p), since };
    let opts =
        ExportOptions { selection: Selection::resolve(&p, &args.select)?, lang: args.lang, now: args.now, release };
    Ok((p, opts))
}

/// Whether OUT names a folder: it ends with a path separator or is an existing folder.
fn is_folder(out: &Path) -> bool {
    out.as_os_str().to_string_lossy().ends_with(std::path::MAIN_SEPARATOR) || out.is_dir()
}

/// `--layout letters -o FOLDER/`: one PDF per person, named by their key.
fn letters_to_folder(args: &ExportArgs) -> Result<(), CliError> {
    let (p, opts) = prepare(args)?;
    let letters =
        crate::export::pdf::letter_pdfs(&p, &opts, &args.agenda).map_err(|e| CliError::Encode(e.to_string()))?;
    std::fs::create_dir_all(&args.out)
        .map_err(|source| CliError::Save(crate::format::SaveError::Io { source, path: args.out.clone() }))?;
    for (person, bytes) in letters {
        crate::format::write_atomic(&args.out.join(format!("{person}.pdf")), &bytes)?;
    }
    Ok(())
}

/// Runs the export; 0 or 2. Nothing is written over the input file.
pub fn run_export(args: &ExportArgs) -> ExitCode {
    if args.agenda.layout == AgendaLayout::Letters && is_folder(&args.out) {
        return match letters_to_folder(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(args.lang, &e),
        };
    }
    let to_stdout = args.out == Path::new("-");
    let format = match format_of(args) {
        Ok(format) => format,
        Err(e) => return fail(args.lang, &e),
    };
    if to_stdout && !format.is_text() {
        return fail(args.lang, &CliError::NotText("PDF".to_owned()));
    }
    let checked = if to_stdout { Ok(()) } else { refuse_over_input(&args.input, &args.out) };
    let result = checked.and_then(|()| render(args, format)).and_then(|(bytes, note)| {
        if to_stdout {
            // A reader that has gone (`| head`) ends the export quietly.
            output::to_stdout(&bytes).map_err(CliError::Stdout)?;
        } else {
            crate::format::write_atomic(&args.out, &bytes).map_err(CliError::from)?;
        }
        // Drafts are never dropped silently: the note goes to standard error, out of the output's way.
        if let Some(note) = note {
            eprintln!("{note}");
        }
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(args.lang, &e),
    }
}
