changes-field-subtitle = subtitle
changes-field-description = description
changes-field-track = track
changes-field-kind = kind
changes-field-language = language
changes-field-contributions = contributions
changes-hall-tba = hall to be announced
changes-all-halls = all halls
changes-day-tba = day to be announced
changes-time-tba = time to be announced
changes-clock-suffix = {""}
changes-moved-day = moved from { $from }, { $a } to { $to }, { $b }
changes-new-date = new date and time: { $to }, { $b } (was { $from }, { $a })
changes-moved = moved from { $a } to { $b }
changes-ends = now ends at { $b } instead of { $a }
changes-new-time = new time: { $b } (was { $a })
changes-joining = joining: { $names }
changes-left = no longer taking part: { $names }
changes-roles = { $name } now: { $roles }
changes-added = new
changes-restored = takes place again
changes-cancelled = cancelled
changes-removed = no longer in the programme
changes-room = room changed: { $a } → { $b }
changes-retitled = new title (was { $was })
changes-details = changed: { $names }
changes-count = { $n ->
    [0] no changes
    [one] 1 change
   *[other] { $n } changes
}
changes-compared-with = { $now } (compared with { $since })
