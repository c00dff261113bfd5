shell-folder = Folder
shell-parent-folder = Parent folder
shell-file-name = File name
shell-formats = Formats
shell-folder-unreadable = This folder cannot be read
shell-no-files-here = No matching files in this folder
shell-chooser-open = Open
shell-chooser-import = Import
shell-chooser-export = Export
shell-leave-form-heading = Leave the form?
shell-leave-form-text = The form holds input Podium does not understand (it is marked in the form). Discard drops it; Back to the form keeps it.
shell-back-to-form = Back to the form
shell-recovery-later = Later
shell-recovery-write-failed = The recovery copy could not be written; Podium keeps trying
shell-shortcuts = Keyboard shortcuts
shell-first-steps = First steps
shell-close = Close
shell-shortcut-keys = Keys
shell-shortcut-what = Action
shell-first-steps-text =
    1. Event: enter title, acronym and time zone under “Event”.
    2. Create days: each congress day with its date and opening hours.
    3. Create halls: name, seats, availability per day.
    4. Create people: speakers with their availability.
    5. Create sessions and drag them onto day, hall and time in the timetable.
    Clashes (double bookings, halls too small, too little changeover) appear on the right as they arise; a click on one shows the session concerned.
    Save (Ctrl+S) writes the programme as a readable file (extension .ron) to pass on and compare. Export writes the agenda for print (PDF, HTML), calendars (ICS), spreadsheets (CSV) and programme data for congress apps and websites (XML, JSON).
shell-empty-heading = A new programme
shell-empty-text = There is nothing to plan yet. This is how to start:
shell-step-days = 1. Create days
shell-step-halls = 2. Create halls
shell-step-sessions = 3. Create sessions
shell-step-days-hint = Date and opening hours of each day
shell-step-halls-hint = The rooms with their seats
shell-step-sessions-hint = Talks, panels, breaks – then place them in the timetable
shell-about-text = Podium plans congress programmes: days, halls, people and sessions, with live clash checks, readable RON files, printed agendas and schedule exports.
shell-apply-form = Apply the form
shell-close-dialog = Close a dialog, discard the form
shell-delete-selected = Delete the selection
shell-next-field = Next field
shell-done = done
shell-choose-all = Choose every session of the search (list)
shell-copy-sessions = Copy the chosen sessions
shell-paste-sessions = Paste as drafts (at the cell under the pointer)
shell-duplicate-sessions = Duplicate the chosen sessions
shell-move-blocks-hall = Move the chosen blocks one hall (left/right)
shell-move-blocks-time = Move the chosen blocks one step (up/down)
shell-replace-question = This file exists already. Replace it?
shell-replace = Replace
shell-export-needs-extension = expected .xml, .json, .ics, .csv or .ron
shell-left-drafts = { $n ->
    [one] 1 draft
   *[other] { $n } drafts
}
shell-left-cancelled = { $n ->
    [one] 1 cancelled session
   *[other] { $n } cancelled sessions
}
shell-left-both = { $drafts } and { $cancelled }
shell-left-out = { $what } not exported
shell-key-enter = Enter
shell-key-escape = Esc
shell-key-delete = Del
shell-key-backspace = Backspace
shell-key-tab = Tab
shell-key-space = Space
shell-key-up = Up
shell-key-down = Down
shell-key-left = Left
shell-key-right = Right
shell-key-page-up = Page Up
shell-key-page-down = Page Down
shell-key-home = Home
shell-key-end = End
shell-key-ctrl = Ctrl
shell-key-alt = Alt
shell-key-shift = Shift
shell-new-event-title = New event
shell-filter-schedule = Programme data (XML, JSON)
shell-filter-agenda = Agenda (PDF, HTML)
shell-filter-export = Programme data, calendar, spreadsheet (XML, JSON, ICS, CSV, RON)
shell-leave-several-text = The changes in the form for several sessions are not applied yet. Discard drops them; Back to the form keeps them – “Apply to all” applies them there.
