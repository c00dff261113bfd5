# podium --help and every command's help. help-COMMAND-ARGUMENT, else help-ARGUMENT for shared options.
help-usage = Aufruf:
help-commands = Befehle
help-arguments = Argumente
help-options = Optionen
help-help = Hilfe anzeigen (-h kurz, --help ausführlich)
help-version = Version anzeigen
help-help-about = Diese Hilfe oder die Hilfe eines Befehls anzeigen
help-help-subcommand = Der Befehl, dessen Hilfe angezeigt wird
help-about = Podium plant Kongressprogramme: Tage, Säle, Referierende und Sessions, mit laufender Konfliktprüfung.
help-long-about =
    Podium plant Kongressprogramme: Tage, Säle, Referierende und Sessions, mit laufender Konfliktprüfung.

    `podium DATEI` öffnet ein Programm im Editor; die Befehle unten arbeiten ohne Fenster.
help-file = Eine Programmdatei (.ron), die im Editor geöffnet wird.
help-lang = Sprache der Meldungen und Beschriftungen (Vorgabe: die des Systems, sonst Deutsch).
help-tz = Zeitzone für Zeitplan-Dateien, die keine nennen (Vorgabe Europe/Berlin).
help-format = `text` zum Lesen, `json` für Skripte.
help-check-about = Ein Programm auf Konflikte und Fehler prüfen: ein doppelt belegter Saal, eine Person an zwei Orten, eine Session außerhalb der Verfügbarkeit oder der Öffnungszeiten des Tages, zu viele Personen für einen Saal, zu wenig Umbau- oder Wegezeit, bestätigte Sessions ohne Platz.
help-check-long =
    Ein Programm auf Konflikte und Fehler prüfen: ein doppelt belegter Saal, eine Person an zwei Orten, eine Session außerhalb der Verfügbarkeit oder der Öffnungszeiten des Tages, zu viele Personen für einen Saal, zu wenig Umbau- oder Wegezeit, bestätigte Sessions ohne Platz.

    Exit-Code 0: keine Fehler (Warnungen möglich). 1: mindestens ein Fehler. 2: die Datei konnte nicht gelesen werden.
help-check-file = Das Programm: eine Podium-Datei (.ron) oder eine Zeitplan-Datei (.xml, .json).
help-import-about = Eine Zeitplan-Datei aus pretalx, frab oder einem anderen Planer (.xml oder .json) in ein Podium-Programm umwandeln.
help-import-long =
    Eine Zeitplan-Datei aus pretalx, frab oder einem anderen Planer (.xml oder .json) in ein Podium-Programm umwandeln.

    Was sich nicht übernehmen lässt, wird als Warnung genannt. Exit-Code 0: geschrieben. 2: die Eingabe konnte nicht gelesen werden.
help-import-schedule = Die Zeitplan-Datei (.xml oder .json).
help-import-out = Die zu schreibende Podium-Datei (.ron).
help-export-about = Das Programm für die Öffentlichkeit schreiben: eine druckbare Agenda (.pdf, .html), Zeitplan-XML/JSON für Apps wie pretalx (.xml, .json), Kalender (.ics), Tabellen (.csv) oder eine öffentliche Kopie des Programms (.ron).
help-export-long =
    Das Programm für die Öffentlichkeit schreiben: eine druckbare Agenda (.pdf, .html), Zeitplan-XML/JSON für Apps wie pretalx (.xml, .json), Kalender (.ics), Tabellen (.csv) oder eine öffentliche Kopie des Programms (.ron).

    Nur bestätigte Sessions, nie Kontaktdaten oder interne Notizen, außer auf Wunsch. Exit-Code 0: geschrieben. 2: nichts wurde geschrieben (der Grund wird genannt).
help-export-file = Das Programm (.ron) oder eine Zeitplan-Datei (.xml, .json).
help-export-out = Wohin geschrieben wird; das Format folgt der Endung. `-` schreibt auf die Standardausgabe (mit --to).
help-export-to = Das Format, wenn OUT keine Endung hat oder `-` ist: pdf, html, xml, json, ics, csv, ron.
help-export-day = Nur dieser Tag (JJJJ-MM-TT).
help-export-hall = Nur dieser Saal (Schlüssel oder Name).
help-export-track = Nur dieser Track (Schlüssel oder Name).
help-export-speaker = Nur die Sessions dieser Person (Schlüssel oder Name): ihr persönlicher Programmplan.
help-export-include_drafts = Entwürfe und abgesagte Sessions einschließen, als solche markiert.
help-export-include_private = E-Mail, Telefon und interne Notizen einschließen: nur für die Referierenden-CSV (--what speakers).
help-export-what = CSV: eine Zeile je Session oder je Person.
help-export-layout = PDF: ein Programmheft (Tag → Zeit → Session, alle Angaben) oder ein Raster (Säle × Zeit, ein Tag je Seite).
help-export-paper = PDF: Papierformat.
help-export-landscape = PDF: Querformat (Vorgabe: Querformat bei einem Raster mit mehr als 3 Sälen).
help-export-portrait = PDF: Hochformat.
help-export-halls_per_page = PDF-Raster: Saalspalten je Seite; weitere Säle folgen auf weiteren Seiten.
help-export-descriptions = PDF- und HTML-Programmheft: die Beschreibungen der Sessions drucken.
help-export-delimiter = CSV: das Spaltentrennzeichen, ein ASCII-Satzzeichen oder `tab` (deutsches Excel erwartet `;`).
help-export-since = Programmänderungen und Briefe: Vergleich mit dieser Veröffentlichung oder älteren Programmdatei.
help-diff-about = Zeigen, was sich zwischen zwei Programmen geändert hat (nach Session-Schlüssel): neu, entfernt, abgesagt, wieder im Programm, verschoben, Dauer, neuer Titel, Personen, Angaben. `podium diff ALT NEU` oder `podium diff DATEI --since NAME`.
help-diff-long =
    Zeigen, was sich zwischen zwei Programmen geändert hat (nach Session-Schlüssel): neu, entfernt, abgesagt, wieder im Programm, verschoben, Dauer, neuer Titel, Personen, Angaben. `podium diff ALT NEU` oder `podium diff DATEI --since NAME`.

    Verglichen wird, was ein öffentlicher Export zeigt (bestätigte Sessions), außer mit --include-drafts. Exit-Code 0: verglichen. 2: ein Programm konnte nicht gelesen werden.
help-diff-first = Das ältere Programm, oder das Programm mit --since.
help-diff-second = Das neuere Programm.
help-diff-since = DATEI mit dieser Veröffentlichung (Name) oder älteren Programmdatei vergleichen.
help-diff-include_drafts = Entwürfe zählen als sichtbar, nicht nur bestätigte Sessions.
help-release-about = Eine Veröffentlichung festhalten: ein benannter, unveränderlicher öffentlicher Stand des Programms („Stand 3“), abgelegt im Ordner NAME.releases neben NAME.ron. `--list` zeigt die Veröffentlichungen.
help-release-long =
    Eine Veröffentlichung festhalten: ein benannter, unveränderlicher öffentlicher Stand des Programms („Stand 3“), abgelegt im Ordner NAME.releases neben NAME.ron. `--list` zeigt die Veröffentlichungen.

    Exit-Code 0: festgehalten (oder aufgelistet). 2: nichts wurde festgehalten (der Grund wird genannt).
help-release-file = Das Programm (.ron).
help-release-label = Der Name der Veröffentlichung, z. B. „Stand 3“; muss neu sein.
help-release-note = Eine Notiz zur Veröffentlichung.
help-release-list = Die Veröffentlichungen mit ihren Daten auflisten.
help-suggest-about = Die freien Plätze einer Session auflisten, die besten zuerst: jeder Tag, Saal und Beginn ohne Fehler-Konflikt, innerhalb von Öffnungszeiten, Verfügbarkeit und Plätzen; die wenigsten Warnungen, dann die nächsten zuerst; höchstens zwei je Tag und Saal.
help-suggest-long =
    Die freien Plätze einer Session auflisten, die besten zuerst: jeder Tag, Saal und Beginn ohne Fehler-Konflikt, innerhalb von Öffnungszeiten, Verfügbarkeit und Plätzen; die wenigsten Warnungen, dann die nächsten zuerst; höchstens zwei je Tag und Saal.

    Exit-Code 0: aufgelistet (auch wenn es keinen gibt). 2: die Datei konnte nicht gelesen werden oder hat keine solche Session.
help-suggest-file = Das Programm (.ron) oder eine Zeitplan-Datei (.xml, .json).
help-suggest-session = Der Schlüssel der Session.
help-suggest-limit = Wie viele Plätze aufgelistet werden.
help-schedule-about = Jede nicht eingeplante, nicht abgesagte Session einplanen (ein gesetzter Tag bleibt) und das Ergebnis schreiben; eingeplante und fixierte Sessions bleiben, wo sie sind. Mit --repair dürfen Sessions in Fehler-Konflikten verschoben werden, so wenige und so wenig wie möglich.
help-schedule-long =
    Jede nicht eingeplante, nicht abgesagte Session einplanen (ein gesetzter Tag bleibt) und das Ergebnis schreiben; eingeplante und fixierte Sessions bleiben, wo sie sind. Mit --repair dürfen Sessions in Fehler-Konflikten verschoben werden, so wenige und so wenig wie möglich.

    Exit-Code 0: alles eingeplant, kein Fehler-Konflikt. 1: einige bleiben übrig (jede mit Grund genannt). 2: die Datei konnte nicht gelesen oder geschrieben werden.
help-schedule-file = Das Programm (.ron) oder eine Zeitplan-Datei (.xml, .json).
help-schedule-out = Die zu schreibende Podium-Datei (.ron); nie die Eingabe.
help-schedule-budget = Höchstens so viele Sekunden suchen (der beste bis dahin gefundene Plan bleibt).
help-schedule-sessions = Nur diese Sessions (Schlüssel, durch Kommas getrennt).
help-schedule-repair = Sessions in Fehler-Konflikten verschieben, sodass die Konflikte verschwinden.
help-possible-values = Mögliche Werte:
help-default = Vorgabe
help-value-format-text = eine Zeile je Problem, nach Tagen gruppiert, und eine Zusammenfassung
help-value-format-json = das stabile JSON aus CONTRACTS §4
help-value-lang-de = Deutsch
help-value-lang-en = Englisch
help-value-layout-booklet = Tag → Zeit → Session mit allen Angaben
help-value-layout-grid = Säle als Spalten, Zeiten als Zeilen
help-value-layout-changes = Programmänderungen: was sich seit --since geändert hat, nach Tagen
help-value-layout-doors = Raumaushänge: eine Seite je Saal und Tag
help-value-layout-letters = Briefe an alle mit einer öffentlichen Session (--speaker für eine Person; -o ORDNER/ für ein PDF je Person)
help-value-paper-a4 = 210 × 297 mm
help-value-paper-a5 = 148 × 210 mm
help-value-what-sessions = eine Zeile je Session
help-value-what-speakers = eine Zeile je Person
help-error =
    Fehler: { $text }

    Mehr dazu: podium --help
help-error-unknown-argument = unbekanntes Argument „{ $arg }“
help-error-unknown-command = unbekannter Befehl „{ $command }“
help-error-invalid-value = „{ $value }“ ist kein gültiger Wert für { $arg } (möglich: { $valid })
help-error-value-validation = „{ $value }“ ist kein gültiger Wert für { $arg }: { $reason }
help-error-missing-argument = es fehlt: { $arg }
help-error-conflict = { $arg } und { $prior } gehen nicht zusammen
