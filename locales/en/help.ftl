# podium --help and every command's help. help-COMMAND-ARGUMENT, else help-ARGUMENT for shared options.
help-usage = Usage:
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-help = Print help (-h short, --help in full)
help-version = Print version
help-help-about = Print this message or the help of the given command
help-help-subcommand = The command whose help to print
help-about = Podium plans congress programmes: days, halls, speakers and sessions, with live clash checks.
help-long-about =
    Podium plans congress programmes: days, halls, speakers and sessions, with live clash checks.

    Run `podium FILE` to open a programme in the editor, or use the commands below without a window.
help-file = A programme file (.ron) to open in the editor.
help-lang = Language of messages and labels (default: the system's, else German).
help-tz = Time zone for schedule files that name none (default Europe/Berlin).
help-format = `text` for people, `json` for scripts.
help-check-about = Check a programme for clashes and mistakes: a hall booked twice, a person in two places, a session outside someone's availability or the day's opening hours, too many people for a hall, too little changeover or travel time, confirmed sessions without a place.
help-check-long =
    Check a programme for clashes and mistakes: a hall booked twice, a person in two places, a session outside someone's availability or the day's opening hours, too many people for a hall, too little changeover or travel time, confirmed sessions without a place.

    Exit code 0: no errors (warnings may be shown). 1: at least one error. 2: the file could not be read.
help-check-file = The programme: a Podium file (.ron) or a schedule file (.xml, .json).
help-import-about = Turn a schedule file from pretalx, frab or another planner (.xml or .json) into a Podium programme.
help-import-long =
    Turn a schedule file from pretalx, frab or another planner (.xml or .json) into a Podium programme.

    What cannot be taken over is listed as a warning. Exit code 0: written. 2: the input could not be read.
help-import-schedule = The schedule file (.xml or .json).
help-import-out = The Podium file to write (.ron).
help-export-about = Write the programme for the public: a printable agenda (.pdf, .html), schedule XML/JSON for pretalx-style apps (.xml, .json), calendars (.ics), spreadsheets (.csv), or a public copy of the programme (.ron).
help-export-long =
    Write the programme for the public: a printable agenda (.pdf, .html), schedule XML/JSON for pretalx-style apps (.xml, .json), calendars (.ics), spreadsheets (.csv), or a public copy of the programme (.ron).

    Only confirmed sessions, never contact data or internal notes, unless asked otherwise. Exit code 0: written. 2: nothing was written (the reason is shown).
help-export-file = The programme (.ron) or a schedule file (.xml, .json).
help-export-out = Where to write; the format follows the extension. `-` writes to standard output (with --to).
help-export-to = The format when OUT has no extension or is `-`: pdf, html, xml, json, ics, csv, ron.
help-export-day = Only this day (YYYY-MM-DD).
help-export-hall = Only this hall (key or name).
help-export-track = Only this track (key or name).
help-export-speaker = Only this person's sessions (key or name): their personal schedule.
help-export-include_drafts = Include draft and cancelled sessions, marked as such.
help-export-include_private = Include e-mail, phone and internal notes: only for the speakers CSV (--what speakers).
help-export-what = CSV: one row per session or per speaker.
help-export-layout = PDF: a booklet (day → time → session, every detail) or a grid (halls × time, one day per page).
help-export-paper = PDF: paper size.
help-export-landscape = PDF: landscape pages (default: landscape for a grid of more than 3 halls).
help-export-portrait = PDF: portrait pages.
help-export-halls_per_page = PDF grid: hall columns per page; more halls continue on further pages.
help-export-descriptions = PDF and HTML booklet: print the sessions' descriptions.
help-export-delimiter = CSV: the column separator, one ASCII punctuation character or `tab` (German Excel expects `;`).
help-export-since = Programmänderungen and letters: compare with this release label or older programme file.
help-diff-about = Show what changed between two programmes (by session key): added, removed, cancelled, restored, moved, duration, retitled, people, details. `podium diff OLD NEW` or `podium diff FILE --since LABEL`.
help-diff-long =
    Show what changed between two programmes (by session key): added, removed, cancelled, restored, moved, duration, retitled, people, details. `podium diff OLD NEW` or `podium diff FILE --since LABEL`.

    Compares what a public export shows (confirmed sessions) unless --include-drafts. Exit code 0: compared. 2: a programme could not be read.
help-diff-first = The older programme, or the programme with --since.
help-diff-second = The newer programme.
help-diff-since = Compare FILE with this release (label) or older programme file.
help-diff-include_drafts = Drafts count as visible, not only confirmed sessions.
help-release-about = Record a release: a named public snapshot of the programme ("Stand 3") that never changes, kept in the folder NAME.releases beside NAME.ron. `--list` shows the releases.
help-release-long =
    Record a release: a named public snapshot of the programme ("Stand 3") that never changes, kept in the folder NAME.releases beside NAME.ron. `--list` shows the releases.

    Exit code 0: recorded (or listed). 2: nothing was recorded (the reason is shown).
help-release-file = The programme (.ron).
help-release-label = The name of the release, e.g. "Stand 3"; must be new.
help-release-note = A note kept with the release.
help-release-list = List the releases with their dates.
help-suggest-about = List the free places of one session, best first: every day, hall and start where it would be in no error clash, inside opening hours, availability and seats; fewest warnings, then nearest first; at most two of one day and hall.
help-suggest-long =
    List the free places of one session, best first: every day, hall and start where it would be in no error clash, inside opening hours, availability and seats; fewest warnings, then nearest first; at most two of one day and hall.

    Exit code 0: listed (also when there is none). 2: the file could not be read or has no such session.
help-suggest-file = The programme (.ron) or a schedule file (.xml, .json).
help-suggest-session = The session's key.
help-suggest-limit = How many places to list.
help-schedule-about = Place every unplaced, non-cancelled session (a day already set is kept) and write the result; placed and pinned sessions never move. With --repair, sessions in error clashes may move, as few and as little as possible.
help-schedule-long =
    Place every unplaced, non-cancelled session (a day already set is kept) and write the result; placed and pinned sessions never move. With --repair, sessions in error clashes may move, as few and as little as possible.

    Exit code 0: all placed, no error clash. 1: some are left (each listed with the reason). 2: the file could not be read or written.
help-schedule-file = The programme (.ron) or a schedule file (.xml, .json).
help-schedule-out = The Podium file to write (.ron); never the input.
help-schedule-budget = Seconds to search at most (the best plan found so far is kept).
help-schedule-sessions = Only these sessions (keys, separated by commas).
help-schedule-repair = Move sessions that are in error clashes so that the clashes go.
help-possible-values = Possible values:
help-default = default
help-value-format-text = one line per problem, grouped by day, and a summary
help-value-format-json = the stable JSON of CONTRACTS §4
help-value-lang-de = German
help-value-lang-en = English
help-value-layout-booklet = day → time → session with every detail
help-value-layout-grid = halls as columns, times as rows
help-value-layout-changes = Programmänderungen: what changed since --since, by day
help-value-layout-doors = door signs: one page per hall and day
help-value-layout-letters = letters to everyone with a public session (--speaker for one; -o FOLDER/ for one PDF each)
help-value-paper-a4 = 210 × 297 mm
help-value-paper-a5 = 148 × 210 mm
help-value-what-sessions = one row per session
help-value-what-speakers = one row per speaker
help-error =
    error: { $text }

    For more information, try: podium --help
help-error-unknown-argument = unexpected argument “{ $arg }”
help-error-unknown-command = unknown command “{ $command }”
help-error-invalid-value = “{ $value }” is not a valid value for { $arg } (possible: { $valid })
help-error-value-validation = “{ $value }” is not a valid value for { $arg }: { $reason }
help-error-missing-argument = missing: { $arg }
help-error-conflict = { $arg } cannot be used with { $prior }
