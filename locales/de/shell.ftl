shell-folder = Ordner
shell-parent-folder = Übergeordneter Ordner
shell-file-name = Dateiname
shell-formats = Formate
shell-folder-unreadable = Dieser Ordner lässt sich nicht lesen
shell-no-files-here = Keine passenden Dateien in diesem Ordner
shell-chooser-open = Öffnen
shell-chooser-import = Importieren
shell-chooser-export = Exportieren
shell-leave-form-heading = Formular verlassen?
shell-leave-form-text = Das Formular enthält Eingaben, die Podium nicht versteht (sie sind im Formular markiert). Verwerfen nimmt sie zurück; Zurück zum Formular lässt sie stehen.
shell-back-to-form = Zurück zum Formular
shell-recovery-later = Später
shell-recovery-write-failed = Die Wiederherstellungskopie ließ sich nicht schreiben; Podium versucht es weiter
shell-shortcuts = Tastenkürzel
shell-first-steps = Erste Schritte
shell-close = Schließen
shell-shortcut-keys = Tasten
shell-shortcut-what = Wirkung
shell-first-steps-text =
    1. Veranstaltung: Titel, Kürzel und Zeitzone unter „Veranstaltung“ eintragen.
    2. Tage anlegen: jeder Kongresstag mit Datum und Öffnungszeiten.
    3. Säle anlegen: Name, Plätze, Verfügbarkeit je Tag.
    4. Personen anlegen: Referentinnen und Referenten mit ihrer Verfügbarkeit.
    5. Sessions anlegen und im Zeitplan auf Tag, Saal und Uhrzeit ziehen.
    Konflikte (Doppelbelegungen, zu kleine Säle, fehlende Wechselzeit) stehen rechts, sobald sie entstehen; ein Klick darauf zeigt die betroffene Session.
    Speichern (Strg+S) schreibt das Programm als lesbare Datei (Endung .ron), die sich weitergeben und vergleichen lässt. Export schreibt die Agenda zum Drucken (PDF, HTML), Kalender (ICS), Tabellen (CSV) und Programmdaten für Kongress-Apps und Websites (XML, JSON).
shell-empty-heading = Ein neues Programm
shell-empty-text = Noch gibt es nichts zu planen. So geht es los:
shell-step-days = 1. Tage anlegen
shell-step-halls = 2. Säle anlegen
shell-step-sessions = 3. Sessions anlegen
shell-step-days-hint = Datum und Öffnungszeiten jedes Kongresstags
shell-step-halls-hint = Die Räume mit ihren Plätzen
shell-step-sessions-hint = Vorträge, Podien, Pausen – danach im Zeitplan platzieren
shell-about-text = Podium plant Kongressprogramme: Tage, Säle, Personen und Sessions, mit laufender Konfliktprüfung, lesbaren RON-Dateien, gedruckten Agenden und Schedule-Exporten.
shell-apply-form = Formular übernehmen
shell-close-dialog = Dialog schließen, Formular verwerfen
shell-delete-selected = Ausgewähltes löschen
shell-next-field = Nächstes Feld
shell-done = erledigt
shell-choose-all = Alle Sessions der Suche auswählen (Liste)
shell-copy-sessions = Ausgewählte Sessions kopieren
shell-paste-sessions = Einfügen als Entwürfe (an der Zelle unter dem Mauszeiger)
shell-duplicate-sessions = Ausgewählte Sessions duplizieren
shell-move-blocks-hall = Ausgewählte Blöcke einen Saal weiter (Pfeil links/rechts)
shell-move-blocks-time = Ausgewählte Blöcke einen Schritt verschieben (Pfeil hoch/runter)
shell-replace-question = Diese Datei gibt es schon. Ersetzen?
shell-replace = Ersetzen
shell-export-needs-extension = Endung .xml, .json, .ics, .csv oder .ron erwartet
shell-left-drafts = { $n ->
    [one] 1 Entwurf
   *[other] { $n } Entwürfe
}
shell-left-cancelled = { $n ->
    [one] 1 abgesagte Session
   *[other] { $n } abgesagte Sessions
}
shell-left-both = { $drafts } und { $cancelled }
shell-left-out = { $what } nicht exportiert
shell-key-enter = Eingabe
shell-key-escape = Esc
shell-key-delete = Entf
shell-key-backspace = Rücktaste
shell-key-tab = Tab
shell-key-space = Leertaste
shell-key-up = Pfeil hoch
shell-key-down = Pfeil runter
shell-key-left = Pfeil links
shell-key-right = Pfeil rechts
shell-key-page-up = Bild auf
shell-key-page-down = Bild ab
shell-key-home = Pos1
shell-key-end = Ende
shell-key-ctrl = Strg
shell-key-alt = Alt
shell-key-shift = Umschalt
shell-new-event-title = Neue Veranstaltung
shell-filter-schedule = Programmdaten (XML, JSON)
shell-filter-agenda = Agenda (PDF, HTML)
shell-filter-export = Programmdaten, Kalender, Tabelle (XML, JSON, ICS, CSV, RON)
shell-leave-several-text = Die Änderungen im Formular für mehrere Sessions sind noch nicht übernommen. Verwerfen nimmt sie zurück; Zurück zum Formular lässt sie stehen – dort übernimmt „Für alle übernehmen“ sie.
