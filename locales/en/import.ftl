# Import of schedule files (XML, JSON): warnings and errors.
import-assumed-zone = the file names no time zone; times without an offset are taken in { $zone } (change with --tz)
import-unknown-zone = unknown time zone { $file }; times without an offset are taken in { $zone }
import-zone-contradicted = time zone { $file } contradicts the file's timestamps; using { $zone }, which matches them
import-duplicate-id = id { $id } is used by { $first } and { $title }; both were kept
import-without-time = { $title } has no readable start and was imported without a time
import-outside-days = { $title } lies on none of the days and was imported without a time
import-bad-duration = { $title }: duration { $text } is unreadable and was imported as 0 minutes
import-without-title = an event without a title (id { $id }) was named after its id
import-day-without-date = day { $index } has no date and was skipped
import-not-text = not a text file (not UTF-8)
import-too-many-attributes = an element with more than { $limit } attributes is not read
import-dtd = a DTD (<!DOCTYPE …>) is not read; remove that line
import-date-out-of-range = date { $text } out of range (Podium plans years from 1900 to 2200)
import-not-a-schedule = not a schedule file (neither <schedule> nor schedule.conference)
