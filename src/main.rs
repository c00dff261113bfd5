//! The `podium` command: argument parsing and dispatch. The work happens in `podium::cli`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args as ClapArgs, CommandFactory as _, FromArgMatches as _, Parser, Subcommand, ValueEnum};
use podium::cli::{self, CheckFormat, ExportArgs};
use podium::export::SelectArgs;
use podium::export::agenda::{AgendaLayout, AgendaOptions, Orientation, Paper};
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
    /// Language of messages and labels (default: the system's, else German).
    #[arg(long, value_enum, global = true)]
    lang: Option<LangArg>,
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
        #[command(flatten)]
        common: Common,
    },
    /// Turn a schedule file from pretalx, frab or another planner (.xml or .json) into a Podium programme.
    ///
    /// What cannot be taken over is listed as a warning. Exit code 0: written. 2: the input could not be read.
    Import {
        /// The schedule file (.xml or .json).
        schedule: PathBuf,
        /// The Podium file to write (.ron).
        #[arg(short, long)]
        out: PathBuf,
        #[command(flatten)]
        common: Common,
    },
    /// Write the programme for the public: a printable agenda (.pdf, .html), schedule XML/JSON for
    /// pretalx-style apps (.xml, .json), calendars (.ics), spreadsheets (.csv), or a public copy of the
    /// programme (.ron).
    ///
    /// Only confirmed sessions, never contact data or internal notes, unless asked otherwise.
    /// Exit code 0: written. 2: nothing was written (the reason is shown).
    Export {
        /// The programme (.ron) or a schedule file (.xml, .json).
        file: PathBuf,
        /// Where to write; the format follows the extension. `-` writes to standard output (with --to).
        #[arg(short, long)]
        out: PathBuf,
        /// The format when OUT has no extension or is `-`: pdf, html, xml, json, ics, csv, ron.
        #[arg(long)]
        to: Option<String>,
        /// Only this day (YYYY-MM-DD).
        #[arg(long)]
        day: Option<String>,
        /// Only this hall (key or name).
        #[arg(long)]
        hall: Option<String>,
        /// Only this track (key or name).
        #[arg(long)]
        track: Option<String>,
        /// Only this person's sessions (key or name): their personal schedule.
        #[arg(long)]
        speaker: Option<String>,
        /// Include draft and cancelled sessions, marked as such.
        #[arg(long)]
        include_drafts: bool,
        /// Include e-mail, phone and internal notes: only for the speakers CSV (--what speakers).
        #[arg(long)]
        include_private: bool,
        /// CSV: one row per session or per speaker.
        #[arg(long, value_enum, default_value_t = What::Sessions)]
        what: What,
        /// PDF: a booklet (day → time → session, every detail) or a grid (halls × time, one day per page).
        #[arg(long, value_enum, default_value_t = LayoutArg::Booklet)]
        layout: LayoutArg,
        /// PDF: paper size.
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
        /// PDF: landscape pages (default: landscape for a grid of more than 3 halls).
        #[arg(long, conflicts_with = "portrait")]
        landscape: bool,
        /// PDF: portrait pages.
        #[arg(long)]
        portrait: bool,
        /// PDF grid: hall columns per page; more halls continue on further pages.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=40))]
        halls_per_page: u16,
        /// PDF and HTML booklet: print the sessions' descriptions.
        #[arg(long)]
        descriptions: bool,
        /// CSV: the column separator, one ASCII punctuation character or `tab` (German Excel expects `;`).
        #[arg(long, default_value = ";", value_parser = cli::parse_delimiter)]
        delimiter: u8,
        /// Programmänderungen and letters: compare with this release label or older programme file.
        #[arg(long)]
        since: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Show what changed between two programmes (by session key): added, removed, cancelled, restored,
    /// moved, duration, retitled, people, details. `podium diff OLD NEW` or `podium diff FILE --since LABEL`.
    ///
    /// Compares what a public export shows (confirmed sessions) unless --include-drafts.
    /// Exit code 0: compared. 2: a programme could not be read.
    Diff {
        /// The older programme, or the programme with --since.
        first: PathBuf,
        /// The newer programme.
        #[arg(required_unless_present = "since", conflicts_with = "since")]
        second: Option<PathBuf>,
        /// Compare FILE with this release (label) or older programme file.
        #[arg(long)]
        since: Option<String>,
        /// `text` for people, `json` for scripts.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Drafts count as visible, not only confirmed sessions.
        #[arg(long)]
        include_drafts: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Record a release: a named public snapshot of the programme ("Stand 3") that never changes, kept in
    /// the folder NAME.releases beside NAME.ron. `--list` shows the releases.
    ///
    /// Exit code 0: recorded (or listed). 2: nothing was recorded (the reason is shown).
    Release {
        /// The programme (.ron).
        file: PathBuf,
        /// The name of the release, e.g. "Stand 3"; must be new.
        #[arg(long, required_unless_present = "list", conflicts_with = "list")]
        label: Option<String>,
        /// A note kept with the release.
        #[arg(long, default_value = "")]
        note: String,
        /// List the releases with their dates.
        #[arg(long)]
        list: bool,
        #[command(flatten)]
        common: Common,
    },
    /// List the free places of one session, best first: every day, hall and start where it would be in
    /// no error clash, inside opening hours, availability and seats; fewest warnings, then nearest first;
    /// at most two of one day and hall.
    ///
    /// Exit code 0: listed (also when there is none). 2: the file could not be read or has no such session.
    Suggest {
        /// The programme (.ron) or a schedule file (.xml, .json).
        file: PathBuf,
        /// The session's key.
        #[arg(long)]
        session: String,
        /// How many places to list.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// `text` for people, `json` for scripts.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        #[command(flatten)]
        common: Common,
    },
    /// Place every unplaced, non-cancelled session (a day already set is kept) and write the result;
    /// placed and pinned sessions never move. With --repair, sessions in error clashes may move, as few
    /// and as little as possible.
    ///
    /// Exit code 0: all placed, no error clash. 1: some are left (each listed with the reason).
    /// 2: the file could not be read or written.
    Schedule {
        /// The programme (.ron) or a schedule file (.xml, .json).
        file: PathBuf,
        /// The Podium file to write (.ron); never the input.
        #[arg(short, long)]
        out: PathBuf,
        /// Seconds to search at most (the best plan found so far is kept).
        #[arg(long, default_value_t = 30.0)]
        budget: f64,
        /// Only these sessions (keys, separated by commas).
        #[arg(long, value_delimiter = ',')]
        sessions: Option<Vec<String>>,
        /// Move sessions that are in error clashes so that the clashes go.
        #[arg(long)]
        repair: bool,
        #[command(flatten)]
        common: Common,
    },
}

/// Options every command takes.
#[derive(ClapArgs)]
struct Common {
    /// Time zone for schedule files that name none (default Europe/Berlin).
    #[arg(long)]
    tz: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum LayoutArg {
    /// Day → time → session with every detail.
    Booklet,
    /// Halls as columns, times as rows.
    Grid,
    /// Programmänderungen: what changed since --since, by day.
    Changes,
    /// Door signs: one page per hall and day.
    Doors,
    /// Letters to everyone with a public session (--speaker for one; -o FOLDER/ for one PDF each).
    Letters,
}

#[derive(Clone, Copy, ValueEnum)]
enum PaperArg {
    /// 210 × 297 mm.
    A4,
    /// 148 × 210 mm.
    A5,
}

#[derive(Clone, Copy, ValueEnum)]
enum What {
    /// One row per session.
    Sessions,
    /// One row per speaker.
    Speakers,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    /// Deutsch.
    De,
    /// English.
    En,
}

fn lang(explicit: Option<LangArg>) -> Lang {
    let explicit = explicit.map(|l| match l {
        LangArg::De => Lang::De,
        LangArg::En => Lang::En,
    });
    Lang::resolve(explicit, |var| std::env::var(var).ok())
}

/// Parses the command line with the help in the user's language (`--lang`, else the locale).
fn parse_args() -> Args {
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = Lang::resolve(cli::help::lang_in_args(&raw), |var| std::env::var(var).ok());
    let matches = match cli::help::localise(Args::command(), lang).try_get_matches_from(raw) {
        Ok(matches) => matches,
        Err(e) => match cli::help::error_text(lang, &e) {
            Some(text) => {
                eprintln!("{text}");
                std::process::exit(e.exit_code());
            }
            None => e.exit(),
        },
    };
    Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

fn main() -> ExitCode {
    let args = parse_args();
    match args.command {
        Some(Command::Check { file, format, common }) => {
            cli::run_check(&file, format, lang(args.lang), common.tz.as_deref())
        }
        Some(Command::Suggest { file, session, limit, format, common: _ }) => {
            cli::run_suggest(&file, &session, limit, format, lang(args.lang))
        }
        Some(Command::Schedule { file, out, budget, sessions, repair, common: _ }) => {
            cli::run_schedule(&cli::ScheduleArgs {
                file: &file,
                out: &out,
                budget_secs: budget,
                sessions,
                repair,
                lang: lang(args.lang),
            })
        }
        Some(Command::Import { schedule, out, common }) => {
            cli::run_import(&schedule, &out, common.tz.as_deref(), lang(args.lang))
        }
        Some(Command::Export {
            file,
            out,
            to,
            day,
            hall,
            track,
            speaker,
            include_drafts,
            include_private,
            what,
            delimiter,
            layout,
            paper,
            landscape,
            portrait,
            halls_per_page,
            descriptions,
            since,
            common,
        }) => {
            let agenda = AgendaOptions {
                layout: match layout {
                    LayoutArg::Booklet => AgendaLayout::Booklet,
                    LayoutArg::Grid => AgendaLayout::Grid,
                    LayoutArg::Changes => AgendaLayout::Changes,
                    LayoutArg::Doors => AgendaLayout::Doors,
                    LayoutArg::Letters => AgendaLayout::Letters,
                },
                paper: match paper {
                    PaperArg::A4 => Paper::A4,
                    PaperArg::A5 => Paper::A5,
                },
                orientation: match (landscape, portrait) {
                    (true, _) => Some(Orientation::Landscape),
                    (_, true) => Some(Orientation::Portrait),
                    _ => None,
                },
                halls_per_page: usize::from(halls_per_page),
                descriptions,
            };
            let export = ExportArgs {
                input: file,
                out,
                format: to,
                select: SelectArgs { day, hall, track, speaker, include_drafts },
                include_private,
                csv_speakers: matches!(what, What::Speakers),
                delimiter,
                agenda,
                since,
                tz: common.tz,
                lang: lang(args.lang),
                now: chrono::Utc::now(),
            };
            cli::run_export(&export)
        }
        Some(Command::Diff { first, second, since, format, include_drafts, common }) => cli::run_diff(&cli::DiffArgs {
            first,
            second,
            since,
            format,
            include_drafts,
            lang: lang(args.lang),
            tz: common.tz,
        }),
        Some(Command::Release { file, label, note, list, common: _ }) => cli::run_release(&cli::ReleaseArgs {
            file,
            label,
            note,
            list,
            lang: lang(args.lang),
            now: chrono::Utc::now(),
        }),
        None => open_editor(args.file),
    }
}

#[cfg(feature = "gui")]
fn open_editor(file: Option<PathBuf>) -> ExitCode {
    podium::gui::run(file, None)
}

#[cfg(not(feature = "gui"))]
fn open_editor(file: Option<PathBuf>) -> ExitCode {
    let lang = lang(None);
    eprintln!("{}", podium::i18n::text(lang, "cli-no-editor"));
    match file {
        Some(file) => cli::run_check(&file, CheckFormat::Text, lang, None),
        None => ExitCode::from(2),
    }
}
