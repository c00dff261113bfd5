bulk-differs = — (verschieden)
bulk-day = Tag
bulk-hall = Saal
bulk-track = Track
bulk-status = Status
bulk-kind = Art
bulk-none = (keiner)
bulk-all-halls = Alle Säle
bulk-apply-all = Für alle übernehmen
bulk-delete-all = Alle löschen…
bulk-duplicate-all = Alle duplizieren
bulk-confirm-delete = Ja, alle löschen
bulk-cancel = Abbrechen
bulk-deselect = Auswahl aufheben
bulk-shift-later = Ab hier verschieben…
bulk-shift-intro = Jede Session, die ab dieser Zeit beginnt, wird um die Minuten verschoben.
bulk-from = Ab
bulk-by-minutes = Minuten (negativ: früher)
bulk-in-halls = In
bulk-move = Verschieben
bulk-duplicate-day = Tag duplizieren…
bulk-new-date = Datum des neuen Tages
bulk-with-sessions = Sessions mitkopieren (als Entwürfe)
bulk-create = Anlegen
bulk-search = Im Zeitplan suchen
bulk-next-match = Nächster Treffer
bulk-fit-halls = Alle Säle einpassen
bulk-legend = Tracks:
bulk-close-form = Formular schließen
bulk-select-hint = Strg+Klick wählt weitere Sessions, Umschalt+Klick einen Bereich, Strg+A alle.
bulk-bad-date = Datum als TT.MM.JJJJ oder JJJJ-MM-TT
bulk-bad-shift = Zeit als 14:30, Minuten als 15 oder -10
bulk-selected-count = { $n ->
    [one] 1 Session ausgewählt
   *[other] { $n } Sessions ausgewählt
}
bulk-label-change = { $n ->
    [one] 1 Session ändern
   *[other] { $n } Sessions ändern
}
bulk-label-delete = { $n ->
    [one] 1 Session löschen
   *[other] { $n } Sessions löschen
}
bulk-label-copy = { $n ->
    [one] 1 Session kopieren
   *[other] { $n } Sessions kopieren
}
bulk-label-move = { $n ->
    [one] 1 Session verschieben
   *[other] { $n } Sessions verschieben
}
bulk-label-day-copy = { $n ->
    [one] Tag mit 1 Session duplizieren
   *[other] Tag mit { $n } Sessions duplizieren
}
bulk-delete-question = { $n ->
    [one] Diese Session wird gelöscht:
   *[other] Diese { $n } Sessions werden gelöscht:
}
bulk-shift-count = { $n ->
    [one] 1 Session wird verschoben
   *[other] { $n } Sessions werden verschoben
}
bulk-copied-count = { $n ->
    [one] 1 Session kopiert (Strg+V fügt sie als Entwurf ein)
   *[other] { $n } Sessions kopiert (Strg+V fügt sie als Entwürfe ein)
}
bulk-match-count = { $n } Treffer
bulk-left-out = { $n ->
    [one] { $what } wird nicht gedruckt – „{ $how }“ nimmt sie auf
   *[other] { $what } werden nicht gedruckt – „{ $how }“ nimmt sie auf
}
bulk-group-leaves-halls = Nicht alle ausgewählten Sessions passen in die Säle dieses Tages
bulk-group-leaves-day = Nicht alle ausgewählten Sessions passen in die Uhrzeiten dieses Tages
bulk-label-unschedule = { $n ->
    [one] 1 Session nach „Nicht eingeplant“
   *[other] { $n } Sessions nach „Nicht eingeplant“
}
bulk-date-taken = Am { $date } gibt es schon den Tag „{ $day }“ – bitte ein anderes Datum wählen
