# Words shared by several places: counts with their plural, quotes, severities.
word-quote = “{ $text }”
word-severity-error = ERROR
word-severity-warning = WARNING
word-severity-info = INFO
word-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
word-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
word-infos = { $n ->
    [one] { $n } info
   *[other] { $n } infos
}
word-sessions = { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
word-summary = { $errors }, { $warnings }, { $infos } · { $sessions }
