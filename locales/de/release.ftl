# Releases: podium release and "Veröffentlichen…".
release-recorded = Veröffentlicht: { $label } ({ $sessions }) → { $path }
release-errors-warning = { $n ->
    [one] Achtung: Das Programm hat 1 Fehler (podium check zeigt ihn).
   *[other] Achtung: Das Programm hat { $n } Fehler (podium check zeigt sie).
}
release-drafts-note = { $n ->
    [one] 1 Entwurf ist nicht enthalten (nur bestätigte Sessions werden veröffentlicht).
   *[other] { $n } Entwürfe sind nicht enthalten (nur bestätigte Sessions werden veröffentlicht).
}
release-none = Noch keine Veröffentlichungen.
release-since-latest = Seit der letzten Veröffentlichung ({ $label }): { $changes }
release-empty-label = eine Veröffentlichung braucht einen Namen (--label)
release-label-taken = { $label } gibt es schon ({ $path }); Veröffentlichungen werden nie überschrieben, bitte einen anderen Namen wählen
release-none-yet = keine Veröffentlichung { $given }: es gibt noch keine (podium release DATEI --label …)
release-not-found = keine Veröffentlichung { $given }. Vorhanden: { $known }
release-broken-folder = { $path } ist keine lesbare Veröffentlichung; bitte zuerst reparieren oder entfernen, nichts wurde veröffentlicht
release-needs-since = --layout changes braucht --since mit einer Veröffentlichung oder einer älteren Programmdatei
