publish-changes-title = Programmänderungen
publish-doors-title = Raumaushang
publish-letters-title = Briefe an die Mitwirkenden
publish-no-changes = Keine Änderungen.
publish-your-sessions = Ihre Termine
publish-your-role = Ihre Rolle
publish-on-stage = Mit Ihnen auf der Bühne
publish-moderated-by = Moderation
publish-your-contribution = Ihr Beitrag
publish-event = Veranstaltung
publish-venue = Ort
publish-dates = Termine
publish-hall = Saal
publish-nothing-here = Heute keine Veranstaltungen in diesem Saal.
publish-new-mark = NEU
publish-gone-mark = ENTFÄLLT
publish-menu-changes = Programmänderungen…
publish-menu-doors = Raumaushänge…
publish-menu-letters = Briefe an die Mitwirkenden…
publish-menu-publish = Veröffentlichen…
publish-menu-changes-since = Änderungen seit …
publish-publish = Veröffentlichen
publish-label-field = Name
publish-note-field = Notiz
publish-save-first = Bitte die Datei zuerst speichern: die Veröffentlichungen liegen im Ordner neben ihr.
publish-label-taken = Diesen Namen gibt es schon.
publish-first-release = Die erste Veröffentlichung.
publish-compare-with = Vergleichen mit
publish-publishing = Veröffentlichung
publish-close = Schließen
publish-changes-since-heading = Änderungen seit
publish-choose-release = Für Programmänderungen bitte eine Veröffentlichung zum Vergleich wählen.
publish-salutation = Anrede (Briefe)
publish-letters-section = Briefe an die Mitwirkenden
publish-letter-intro = Einleitung
publish-letter-closing = Schluss und Gruß
publish-empty-means-default = Leer lassen für den Standardtext (grau vorgeschlagen).
publish-next-label = Stand { $number }
publish-greeting = Guten Tag { $name },
publish-letter-subject = Ihre Mitwirkung: { $event }
publish-default-intro = wir freuen uns sehr, dass Sie bei „{ $event }“ mitwirken. Nachfolgend finden Sie Ihre Termine mit Zeit, Ort und allen Beteiligten. Bitte prüfen Sie die Angaben und geben Sie uns Bescheid, falls etwas nicht stimmt.
publish-default-closing =
    Für Rückfragen stehen wir Ihnen gern zur Verfügung.
    {""}
    Mit freundlichen Grüßen
    Ihr Organisationsteam
publish-changed-for-you = Was sich seit { $since } für Sie geändert hat
publish-release-as-of = { $label } · gedruckt am { $date }
publish-count-letters = { $n ->
    [one] { $n } Brief
   *[other] { $n } Briefe
}
publish-count-doors = { $n ->
    [one] { $n } Aushang
   *[other] { $n } Aushänge
}
publish-count-changes = { $n ->
    [one] { $n } Änderung
   *[other] { $n } Änderungen
}
