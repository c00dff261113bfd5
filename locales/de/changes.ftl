changes-field-subtitle = Untertitel
changes-field-description = Beschreibung
changes-field-track = Track
changes-field-kind = Art
changes-field-language = Sprache
changes-field-contributions = Beiträge
changes-hall-tba = Saal folgt
changes-all-halls = alle Säle
changes-day-tba = Tag folgt
changes-time-tba = Zeit folgt
changes-clock-suffix = {" "}Uhr
changes-moved-day = verschoben von { $from }, { $a } auf { $to }, { $b } Uhr
changes-new-date = neuer Termin: { $to }, { $b } Uhr (bisher { $from }, { $a } Uhr)
changes-moved = verschoben von { $a } auf { $b } Uhr
changes-ends = endet jetzt um { $b } statt { $a } Uhr
changes-new-time = neue Zeit: { $b } Uhr (bisher { $a } Uhr)
changes-joining = neu dabei: { $names }
changes-left = nicht mehr dabei: { $names }
changes-roles = { $name } jetzt: { $roles }
changes-added = neu
changes-restored = findet wieder statt
changes-cancelled = entfällt
changes-removed = nicht mehr im Programm
changes-room = Raum geändert: { $a } → { $b }
changes-retitled = neuer Titel (bisher { $was })
changes-details = geändert: { $names }
changes-count = { $n ->
    [0] keine Änderungen
    [one] 1 Änderung
   *[other] { $n } Änderungen
}
changes-compared-with = { $now } (gegenüber { $since })
