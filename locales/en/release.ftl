# Releases: podium release and "Veröffentlichen…".
release-recorded = Released: { $label } ({ $sessions }) → { $path }
release-errors-warning = { $n ->
    [one] Warning: the programme has 1 error (podium check shows it).
   *[other] Warning: the programme has { $n } errors (podium check shows them).
}
release-drafts-note = { $n ->
    [one] 1 draft is left out (only confirmed sessions are released).
   *[other] { $n } drafts are left out (only confirmed sessions are released).
}
release-none = No releases yet.
release-since-latest = Since the latest release ({ $label }): { $changes }
release-empty-label = a release needs a label (--label)
release-label-taken = { $label } exists already ({ $path }); releases are never overwritten, choose another label
release-none-yet = no release { $given }: there are none yet (podium release FILE --label …)
release-not-found = no release { $given }. Known: { $known }
release-broken-folder = { $path } is not a readable release; fix or remove it first, nothing was released
release-needs-since = --layout changes needs --since with a release label or an older programme file
