//! The `podium` command: argument parsing and dispatch. The work happens in `podium::cli`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use podium::cli::{self, CheckFormat};
use podium::i18n::Lang;

/// Podium plans congress programmes: days, halls, speakers and sessions, with live clash checks.
///
/// Run `podium FILE` to open a programme in the editor, or use the commands below without a window.
#[derive(Parser)]
#[command(name = "podium", version, about, long_about)]
struct Args {
    /// A programme file (.ron) to open in the editor.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check a programme for clashes and mistakes: a hall booked twice, a person in two places, a session
    /// outside someone's availability or the day's opening hours, too many people for a hall, too little
    /// changeover or travel time, confirmed sessions without a place.
    ///
    /// Exit code 0: no errors (warnings may be shown). 1: at least one error. 2: the file could not be read.
    Check {
        /// The programme: a Podium file (.ron) or a schedule file (.xml, .json).
        file: PathBuf,
        /// `text` for people, `json` for scripts.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Language of the messages (default: the system's, else German).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    /// Deutsch.
    De,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::De => Self::De,
            LangArg::En => Self::En,
        }
    }
}

fn lang(explicit: Option<LangArg>) -> Lang {
    Lang::resolve(explicit.map(Lang::from), |var| std::env::var(var).ok())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match args.command {
        Some(Command::Check { file, format, lang: l }) => cli::run_check(&file, format, lang(l)),
        None => {
            let lang = lang(None);
            eprintln!(
                "{}",
                lang.pick(
                    "Der Editor ist in diesem Build noch nicht enthalten. Prüfen Sie eine Datei mit `podium check DATEI`.",
                    "The editor is not part of this build yet. Check a file with `podium check FILE`.",
                )
            );
            if let Some(file) = args.file {
                return cli::run_check(&file, CheckFormat::Text, lang);
            }
            ExitCode::from(2)
        }
    }
}
