place-word-free-places = Freie Plätze…
place-word-free-places-for = Freie Plätze für
place-word-no-free-places = Keine freien Plätze gefunden.
place-word-schedule = Automatisch einplanen…
place-word-repair = Konflikte auflösen…
place-word-prechecks = Vorab geprüft:
place-word-placed = Eingeplant:
place-word-moved = Verschoben:
place-word-not-placed = Nicht eingeplant:
place-word-budget = Zeitbudget (Sekunden)
place-word-start = Starten
place-word-cancel = Abbrechen
place-word-apply = Übernehmen
place-word-close = Schließen
place-word-pinned = Fixiert (automatisches Einplanen verschiebt sie nie)
place-word-nothing-to-place = Es gibt nichts einzuplanen: jede Session hat Tag, Beginn und Saal.
place-word-stopped-early = Vorzeitig beendet (abgebrochen oder Zeitbudget erreicht): der beste bis dahin gefundene Plan wurde übernommen.
place-unplaced-no-place = kein Tag, Saal und Zeitpunkt passt zu Öffnungszeiten, Verfügbarkeit und Platzzahl, ohne dass es sich mit bleibenden Sessions überschneidet
place-unplaced-crowded = jeder passende Platz ist schon von anderen neu eingeplanten Sessions belegt
place-unplaced-pinned = fixiert, daher nicht eingeplant

place-all-halls = Alle Säle
place-cost = { $n ->
    [0] ohne Warnung
    [one] 1 Warnung (Umbau- oder Wegezeit)
   *[other] { $n } Warnungen (Umbau- oder Wegezeit)
}
place-moved = von { $from } nach { $to }
place-person-overbooked = { $person }: die Sessions dauern { $needed } Minuten, verfügbar sind nur { $available } Minuten
place-longer-than-every-day = { $session }: länger als die Öffnungszeit jedes möglichen Tages
place-audience-too-large = { $session }: { $audience } erwartete Personen, der größte Saal hat { $largest } Plätze
place-day-overfull = { $date }: { $needed } Session-Minuten, aber nur { $available } Saal-Minuten in den Öffnungszeiten
place-summary = { $placed } eingeplant, { $unplaced } nicht eingeplant, { $moved } verschoben · { $errors } Fehler übrig
place-label-schedule = Automatisch eingeplant: { $placed ->
    [one] { $placed } Session
   *[other] { $placed } Sessions
}
place-label-repair = Konflikte aufgelöst: { $moved } verschoben, { $placed } eingeplant
place-intro-schedule = { $sessions } ohne Tag, Beginn oder Saal werden eingeplant; ein gesetzter Tag bleibt. Eingeplante und fixierte Sessions bleiben, wo sie sind.
place-intro-repair = Sessions in Fehlern (ein Saal oder eine Person doppelt belegt) werden verschoben – so wenige und so wenig wie möglich. Fixierte Sessions bleiben.
