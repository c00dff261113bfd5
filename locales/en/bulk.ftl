bulk-differs = — (differs)
bulk-day = Day
bulk-hall = Hall
bulk-track = Track
bulk-status = Status
bulk-kind = Kind
bulk-none = (none)
bulk-all-halls = All halls
bulk-apply-all = Apply to all
bulk-delete-all = Delete all…
bulk-duplicate-all = Duplicate all
bulk-confirm-delete = Yes, delete all
bulk-cancel = Cancel
bulk-deselect = Clear selection
bulk-shift-later = Shift later…
bulk-shift-intro = Every session starting at or after this time moves by the minutes.
bulk-from = From
bulk-by-minutes = Minutes (negative: earlier)
bulk-in-halls = In
bulk-move = Move
bulk-duplicate-day = Duplicate day…
bulk-new-date = Date of the new day
bulk-with-sessions = Copy its sessions too (as drafts)
bulk-create = Create
bulk-search = Search the timetable
bulk-next-match = Next match
bulk-fit-halls = Fit all halls
bulk-legend = Tracks:
bulk-close-form = Close form
bulk-select-hint = Ctrl+click adds sessions, Shift+click a range, Ctrl+A all.
bulk-bad-date = Date as DD.MM.YYYY or YYYY-MM-DD
bulk-bad-shift = Time as 14:30, minutes as 15 or -10
bulk-selected-count = { $n ->
    [one] 1 session selected
   *[other] { $n } sessions selected
}
bulk-label-change = { $n ->
    [one] Change 1 session
   *[other] Change { $n } sessions
}
bulk-label-delete = { $n ->
    [one] Delete 1 session
   *[other] Delete { $n } sessions
}
bulk-label-copy = { $n ->
    [one] Copy 1 session
   *[other] Copy { $n } sessions
}
bulk-label-move = { $n ->
    [one] Move 1 session
   *[other] Move { $n } sessions
}
bulk-label-day-copy = { $n ->
    [one] Duplicate a day with 1 session
   *[other] Duplicate a day with { $n } sessions
}
bulk-delete-question = { $n ->
    [one] This session will be deleted:
   *[other] These { $n } sessions will be deleted:
}
bulk-shift-count = { $n ->
    [one] 1 session moves
   *[other] { $n } sessions move
}
bulk-copied-count = { $n ->
    [one] 1 session copied (Ctrl+V pastes it as a draft)
   *[other] { $n } sessions copied (Ctrl+V pastes them as drafts)
}
bulk-match-count = { $n ->
    [one] 1 match
   *[other] { $n } matches
}
bulk-left-out = { $n ->
    [one] { $what } is left out – "{ $how }" includes it
   *[other] { $what } are left out – "{ $how }" includes them
}
bulk-group-leaves-halls = Not every chosen session fits into this day's halls
bulk-group-leaves-day = Not every chosen session fits into this day's hours
bulk-label-unschedule = { $n ->
    [one] 1 session to "Not scheduled"
   *[other] { $n } sessions to "Not scheduled"
}
bulk-date-taken = There is already the day "{ $day }" on { $date } – please choose another date
