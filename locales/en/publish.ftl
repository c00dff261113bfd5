publish-changes-title = Programme changes
publish-doors-title = Room sign
publish-letters-title = Letters to the participants
publish-no-changes = No changes.
publish-your-sessions = Your sessions
publish-your-role = Your role
publish-on-stage = With you on stage
publish-moderated-by = Moderated by
publish-your-contribution = Your contribution
publish-event = Event
publish-venue = Venue
publish-dates = Dates
publish-hall = Hall
publish-nothing-here = No sessions in this hall today.
publish-new-mark = NEW
publish-gone-mark = CANCELLED
publish-menu-changes = Programme changes…
publish-menu-doors = Door signs…
publish-menu-letters = Letters to participants…
publish-menu-publish = Release…
publish-menu-changes-since = Changes since …
publish-publish = Release
publish-label-field = Label
publish-note-field = Note
publish-save-first = Please save the file first: releases are kept in the folder beside it.
publish-label-taken = This label exists already.
publish-first-release = The first release.
publish-compare-with = Compare with
publish-publishing = Publishing
publish-close = Close
publish-changes-since-heading = Changes since
publish-choose-release = For programme changes, choose a release to compare with.
publish-salutation = Salutation (letters)
publish-letters-section = Letters to participants
publish-letter-intro = Introduction
publish-letter-closing = Closing
publish-empty-means-default = Leave empty for the default text (suggested in grey).
publish-next-label = Release { $number }
publish-greeting = Dear { $name },
publish-letter-subject = Your part in { $event }
publish-default-intro = thank you for taking part in { $event }. Below you will find your sessions with their time, place and everyone involved. Please check the details and let us know if anything is not right.
publish-default-closing =
    If you have any questions, please do not hesitate to contact us.
    {""}
    Kind regards
    The organising team
publish-changed-for-you = What has changed for you since { $since }
publish-release-as-of = { $label } · printed { $date }
publish-count-letters = { $n ->
    [one] { $n } letter
   *[other] { $n } letters
}
publish-count-doors = { $n ->
    [one] { $n } door sign
   *[other] { $n } door signs
}
publish-count-changes = { $n ->
    [one] { $n } change
   *[other] { $n } changes
}
