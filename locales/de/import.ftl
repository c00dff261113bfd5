# Import of schedule files (XML, JSON): warnings and errors.
import-assumed-zone = Die Datei nennt keine Zeitzone; Zeiten ohne Angabe gelten in { $zone } (ändern mit --tz)
import-unknown-zone = Unbekannte Zeitzone { $file }; Zeiten ohne Angabe gelten in { $zone }
import-zone-contradicted = Die Zeitzone { $file } passt nicht zu den Zeitangaben der Datei; verwendet wird { $zone }
import-duplicate-id = Die ID { $id } steht bei { $first } und bei { $title }; beide wurden übernommen
import-without-time = { $title } hat keine lesbare Startzeit und wurde ohne Termin übernommen
import-outside-days = { $title } liegt an keinem der Tage und wurde ohne Termin übernommen
import-bad-duration = { $title }: Dauer { $text } ist unlesbar und wurde als 0 Minuten übernommen
import-without-title = Ein Programmpunkt ohne Titel (ID { $id }) wurde nach seiner ID benannt
import-day-without-date = Tag { $index } hat kein Datum und wurde übersprungen
import-not-text = keine Textdatei (kein UTF-8)
import-too-many-attributes = ein Element mit mehr als { $limit } Attributen wird nicht gelesen
import-dtd = eine DTD (<!DOCTYPE …>) wird nicht gelesen; bitte die Zeile entfernen
import-date-out-of-range = Datum { $text } außerhalb des Bereichs (Podium plant Jahre von 1900 bis 2200)
import-not-a-schedule = keine Zeitplan-Datei (weder <schedule> noch schedule.conference)
