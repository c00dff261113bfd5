place-word-free-places = Free places…
place-word-free-places-for = Free places for
place-word-no-free-places = No free places found.
place-word-schedule = Place automatically…
place-word-repair = Resolve clashes…
place-word-prechecks = Checked first:
place-word-placed = Placed:
place-word-moved = Moved:
place-word-not-placed = Not placed:
place-word-budget = Time budget (seconds)
place-word-start = Start
place-word-cancel = Cancel
place-word-apply = Apply
place-word-close = Close
place-word-pinned = Pinned (automatic placement never moves it)
place-word-nothing-to-place = There is nothing to place: every session has a day, a start and a hall.
place-word-stopped-early = Stopped early (cancelled or out of time): the best plan found so far was kept.
place-unplaced-no-place = no day, hall and time fits the opening hours, availability and seats without overlapping sessions that stay
place-unplaced-crowded = every fitting place is taken by other sessions placed in this run
place-unplaced-pinned = pinned, so not placed

place-all-halls = All halls
place-cost = { $n ->
    [0] no warning
    [one] 1 warning (changeover or travel time)
   *[other] { $n } warnings (changeover or travel time)
}
place-moved = from { $from } to { $to }
place-person-overbooked = { $person }: their sessions last { $needed } minutes, but they are available for only { $available }
place-longer-than-every-day = { $session }: longer than the opening hours of every day it may go on
place-audience-too-large = { $session }: an audience of { $audience }, but the largest hall seats { $largest }
place-day-overfull = { $date }: { $needed } session minutes, but only { $available } hall minutes in the opening hours
place-summary = { $placed } placed, { $unplaced } not placed, { $moved } moved · { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} left
place-label-schedule = Placed automatically: { $placed ->
    [one] { $placed } session
   *[other] { $placed } sessions
}
place-label-repair = Clashes resolved: { $moved } moved, { $placed } placed
place-intro-schedule = { $sessions } without a day, start or hall will be placed; a day already set is kept. Placed and pinned sessions stay where they are.
place-intro-repair = Sessions in errors (a hall or a person booked twice) are moved – as few and as little as possible. Pinned sessions stay.
