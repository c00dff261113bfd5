# Words shared by several places: counts with their plural, quotes, severities.
word-quote = „{ $text }“
word-severity-error = FEHLER
word-severity-warning = WARNUNG
word-severity-info = HINWEIS
word-errors = { $n } Fehler
word-warnings = { $n ->
    [one] { $n } Warnung
   *[other] { $n } Warnungen
}
word-infos = { $n ->
    [one] { $n } Hinweis
   *[other] { $n } Hinweise
}
word-sessions = { $n ->
    [one] { $n } Session
   *[other] { $n } Sessions
}
word-summary = { $errors }, { $warnings }, { $infos } · { $sessions }
