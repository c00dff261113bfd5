//! Automatic placement ("Automatisch einplanen…", `podium schedule`) and repair ("Konflikte auflösen…",
//! `--repair`). Every unplaced, non-cancelled, unpinned session is placed (a day already set is kept),
//! hardest first, at the earliest free place that does not run against a plenary or keynote (then the
//! tightest: right after the previous session in a hall), so days fill from the morning without holes. A
//! day already set is kept, and so is a start set with it (only the hall was missing). When none is free, a local search makes room: the session goes where the fewest
//! sessions placed in this run are in its way, those are taken off again and queued, and a session just
//! placed may not be pushed out for a few steps (tabu); ties are broken by a seeded random number, so a
//! run is the same for the same seed. The best state met is kept (also when the budget runs out or the
//! run is cancelled). Repair first takes off, of the sessions in error clashes, as few as cover every
//! such clash (the one in the most clashes first), then places them again as near their old place as
//! it can. Placed sessions outside the run and pinned sessions never move.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rustc_hash::{FxHashMap, FxHashSet};

use super::plan::{Cost, Plan};
use super::precheck::{Precheck, prechecks};
use super::slots::{Place, Slot, slots};
use crate::clash::{ClashKind, Severity};
use crate::edit::Placement;
use crate::model::{Programme, SessionKey, Status, time};

/// What to place and how long to try.
#[derive(Clone, Debug)]
pub struct Options {
    /// Time budget.
    pub budget: Duration,
    /// Only these sessions (when given).
    pub sessions: Option<Vec<SessionKey>>,
    /// Sessions in error clashes may move.
    pub repair: bool,
    /// Seed of the tie-breaks.
    pub seed: u64,
    /// Steps of the search at most (besides the budget), so that a run can be repeated exactly.
    pub max_steps: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { budget: Duration::from_secs(30), sessions: None, repair: false, seed: 1, max_steps: 200_000 }
    }
}

/// Shared with whoever watches the run: how far it is, and a request to stop.
#[derive(Debug, Default)]
pub struct Progress {
    /// Sessions to place.
    pub total: AtomicUsize,
    /// Sessions placed so far.
    pub placed: AtomicUsize,
    /// Set to stop; the best state so far is kept.
    pub cancel: AtomicBool,
}

/// Why a session was left unplaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unplaced {
    /// No day, hall and time passes its hours, availability and capacity, clear of the sessions that stay.
    NoPlace,
    /// Places exist, but every one is taken by sessions placed in this run.
    Crowded,
    /// Pinned: automatic placement leaves it as it is.
    Pinned,
}

/// What a run did.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The programme afterwards.
    pub programme: Programme,
    /// Sessions placed that had no place before, and where.
    pub placed: Vec<(SessionKey, Place)>,
    /// Placed sessions moved by a repair: from, to.
    pub moved: Vec<(SessionKey, Place, Option<Place>)>,
    /// Sessions left unplaced, and why.
    pub unplaced: Vec<(SessionKey, Unplaced)>,
    /// What the checks before solving found.
    pub prechecks: Vec<Precheck>,
    /// Error clashes left in the programme.
    pub errors_left: usize,
    /// How long it took.
    pub elapsed: Duration,
    /// Whether the run was cancelled or ran out of time before it was done.
    pub stopped_early: bool,
    /// How often the search took sessions of this run off again to make room for another.
    pub pushed_out: usize,
}

fn is_placed(p: &Programme, key: &SessionKey) -> bool {
    p.sessions.get(key).is_some_and(|s| s.day.is_some() && s.start.is_some() && s.hall.is_some())
}

/// The sessions to place: unplaced, not cancelled, not pinned (of `only`, when given), hardest first.
fn targets(p: &Programme, only: Option<&[SessionKey]>) -> Vec<SessionKey> {
    let mut out: Vec<&SessionKey> = p
        .sessions
        .iter()
        .filter(|(k, s)| s.status != Status::Cancelled && !s.pinned && !is_placed(p, k))
        .filter(|(k, _)| only.is_none_or(|o| o.contains(k)))
        .map(|(k, _)| k)
        .collect();
    out.sort_by_cached_key(|k| {
        let s = &p.sessions[*k];
        let people = s.people.len() + s.contributions.iter().map(|c| c.people.len()).sum::<usize>();
        (
            s.is_all_halls(),
            std::cmp::Reverse(people),
            std::cmp::Reverse(s.duration_mins),
            std::cmp::Reverse(s.audience),
            (*k).clone(),
        )
    });
    out.into_iter().cloned().collect()
}

/// Of the sessions in error clashes (hall or person twice), as few as cover every such clash: the one in
/// the most uncovered clashes first (ties: the shorter, then by key). Pinned sessions are never chosen.
fn to_repair(plan: &Plan) -> Vec<SessionKey> {
    let p = plan.programme();
    let mut open: Vec<Vec<SessionKey>> = plan
        .clashes()
        .iter()
        .filter(|c| c.severity() == Severity::Error && c.kind != ClashKind::Invalid)
        .map(|c| c.involved().filter(|k| p.sessions.get(*k).is_some_and(|s| !s.pinned)).cloned().collect::<Vec<_>>())
        .filter(|ks| !ks.is_empty())
        .collect();
    let mut chosen = Vec::new();
    while !open.is_empty() {
        let mut count: FxHashMap<&SessionKey, usize> = FxHashMap::default();
        for k in open.iter().flatten() {
            *count.entry(k).or_default() += 1;
        }
        let Some(best) = count
            .into_iter()
            .max_by_key(|(k, n)| {
                (
                    *n,
                    std::cmp::Reverse(p.sessions.get(*k).map_or(0, |s| s.duration_mins)),
                    std::cmp::Reverse((*k).clone()),
                )
            })
            .map(|(k, _)| k.clone())
        else {
            break;
        };
        open.retain(|ks| !ks.contains(&best));
        chosen.push(best);
    }
    chosen
}

struct Search<'a> {
    plan: Plan,
    opts: &'a Options,
    progress: &'a Progress,
    rng: fastrand::Rng,
    /// Sessions this run may move, and those placed by it now.
    mine: FxHashSet<SessionKey>,
    /// Where a repaired session was, to stay near it.
    was: FxHashMap<SessionKey, Place>,
    /// Days set before the run, kept.
    fixed_day: FxHashMap<SessionKey, crate::model::DayKey>,
    /// Starts set with their day before the run (only the hall was missing), kept.
    fixed_start: FxHashMap<SessionKey, crate::model::Clock>,
    /// Until which step a session may not be pushed out.
    tabu: FxHashMap<SessionKey, usize>,
    step: usize,
}

impl Search<'_> {
    /// The order of free places: near the old place (repair), else the earliest, then the tightest fit.
    fn rank(&self, key: &SessionKey, slot: &Slot) -> (i64, i64, usize, usize, u32) {
        if let Some(was) = self.was.get(key) {
            let p = self.plan.programme();
            let minute = |pl: &Place| p.days.get(&pl.day).map_or(0, |d| time::abs_minute(d.date, pl.start));
            let far = i64::from(slot.against_main) * 4
                + i64::from(slot.place.day != was.day) * 2
                + i64::from(slot.place.hall != was.hall);
            return (far, (minute(&slot.place) - minute(was)).abs(), slot.day_index, slot.hall_index, 0);
        }
        // Earliest first (a day fills from the morning, as organisers plan it), then the tightest fit.
        let gap = u32::try_from(slot.gap_before.unsigned_abs()).unwrap_or(u32::MAX);
        let bad = i64::from(slot.gap_before < 0) + 2 * i64::from(slot.against_main);
        (bad, slot.day_index as i64, slot.place.start.mins() as usize, slot.hall_index, gap)
    }

    /// Places `key` at the best free place; `false` when there is none.
    fn place_free(&mut self, key: &SessionKey, free: &mut [Slot]) -> bool {
        free.sort_by_cached_key(|s| self.rank(key, s));
        let mut best: Option<(Cost, &Place)> = None;
        for slot in free.iter().take(24) {
            let Some(cost) = self.plan.try_place(key, &slot.place) else { continue };
            if cost.is_free() && best.is_none_or(|(b, _)| cost.soft < b.soft) {
                best = Some((cost, &slot.place));
                if cost.soft == 0 {
                    break;
                }
            }
        }
        match best {
            Some((_, place)) => {
                let place = place.clone();
                self.plan.put(key, &place)
            }
            None => false,
        }
    }

    /// Places `key` where the fewest of this run's sessions are in its way, taking those off; returns
    /// them, or `None` when that did not work.
    fn make_room(&mut self, key: &SessionKey, blocked: &mut Vec<Slot>) -> Option<Vec<SessionKey>> {
        let step = self.step;
        let tabu = &self.tabu;
        blocked.retain(|s| s.blockers.iter().all(|b| tabu.get(b).is_none_or(|until| *until < step)));
        let noise: Vec<u32> = (0..blocked.len()).map(|_| self.rng.u32(0..1000)).collect();
        let mut order: Vec<usize> = (0..blocked.len()).collect();
        order.sort_by_key(|&i| (blocked[i].blockers.len(), noise[i]));
        for &i in order.iter().take(6) {
            let slot = &blocked[i];
            let before: Vec<(SessionKey, Placement)> = slot
                .blockers
                .iter()
                .filter_map(|b| self.plan.programme().sessions.get(b).map(|s| (b.clone(), Placement::of(s))))
                .collect();
            for (b, _) in &before {
                self.plan.take_off(b, self.keeps_day(b));
            }
            if self.plan.put(key, &slot.place) && self.plan.cost(key).is_free() {
                return Some(before.into_iter().map(|(b, _)| b).collect());
            }
            self.plan.take_off(key, true);
            for (b, placement) in before {
                self.plan.set(&b, placement);
            }
        }
        None
    }

    /// Whether a session keeps its day when taken off (a day set before the run is kept).
    fn keeps_day(&self, key: &SessionKey) -> bool {
        self.fixed_day.contains_key(key)
    }
}

/// Places sessions (see the module docs). The programme is taken and returned in the outcome.
pub fn schedule(p: Programme, opts: &Options, progress: &Progress) -> Outcome {
    let started = Instant::now();
    let prechecks = prechecks(&p, opts.sessions.as_deref());
    let mut plan = Plan::new(p);
    let before: FxHashMap<SessionKey, Option<Place>> =
        plan.programme().sessions.keys().map(|k| (k.clone(), plan.place_of(k))).collect();
    let mut was = FxHashMap::default();
    let mut queue: VecDeque<SessionKey> = VecDeque::new();
    if opts.repair {
        for key in to_repair(&plan) {
            if let Some(place) = plan.place_of(&key) {
                was.insert(key.clone(), place);
            }
            plan.take_off(&key, false);
            queue.push_back(key);
        }
    }
    queue.extend(targets(plan.programme(), opts.sessions.as_deref()).into_iter().filter(|k| !was.contains_key(k)));
    progress.total.store(queue.len(), Ordering::Relaxed);
    progress.placed.store(0, Ordering::Relaxed);
    // A session placed from the queue has its day kept only if it had one before the run.
    let fixed_day: FxHashMap<SessionKey, crate::model::DayKey> = queue
        .iter()
        .filter(|k| !was.contains_key(*k))
        .filter_map(|k| plan.programme().sessions.get(k).and_then(|s| s.day.clone()).map(|d| (k.clone(), d)))
        .collect();
    let fixed_start: FxHashMap<SessionKey, crate::model::Clock> = queue
        .iter()
        .filter(|k| fixed_day.contains_key(*k))
        .filter_map(|k| plan.programme().sessions.get(k).and_then(|s| s.start).map(|c| (k.clone(), c)))
        .collect();
    let mine: FxHashSet<SessionKey> = queue.iter().cloned().collect();
    let total = queue.len();
    let mut search = Search {
        plan,
        opts,
        progress,
        rng: fastrand::Rng::with_seed(opts.seed),
        mine,
        was,
        fixed_day,
        fixed_start,
        tabu: FxHashMap::default(),
        step: 0,
    };
    let mut stuck: Vec<(SessionKey, Unplaced)> = Vec::new();
    let mut best: Option<(usize, Vec<(SessionKey, Placement)>)> = None;
    let mut stopped_early = false;
    let mut since_best = 0usize;
    let mut pushed_out = 0usize;
    loop {
        let left = queue.len() + stuck.len();
        if best.as_ref().is_none_or(|(n, _)| left < *n) {
            let snapshot = search
                .mine
                .iter()
                .filter_map(|k| search.plan.programme().sessions.get(k).map(|s| (k.clone(), Placement::of(s))))
                .collect();
            best = Some((left, snapshot));
            since_best = 0;
        }
        search.progress.placed.store(total - left.min(total), Ordering::Relaxed);
        let Some(key) = queue.pop_front() else {
            // Retry what got stuck once room was made elsewhere, while the search still improves.
            if stuck.is_empty() || since_best > 2 * total + 50 {
                break;
            }
            queue.extend(stuck.drain(..).map(|(k, _)| k));
            since_best += 1;
            continue;
        };
        if search.progress.cancel.load(Ordering::Relaxed)
            || started.elapsed() > search.opts.budget
            || search.step >= search.opts.max_steps
        {
            queue.push_front(key);
            stopped_early = true;
            break;
        }
        search.step += 1;
        since_best += 1;
        let days: Option<Vec<crate::model::DayKey>> = search.fixed_day.get(&key).map(|d| vec![d.clone()]);
        let at = search.fixed_start.get(&key).copied();
        let mine = &search.mine;
        let movable = |k: &SessionKey| mine.contains(k) && k != &key;
        let all = slots(search.plan.programme(), &key, days.as_deref(), at, &movable);
        if all.is_empty() {
            stuck.push((key, Unplaced::NoPlace));
            continue;
        }
        let (mut free, mut blocked): (Vec<Slot>, Vec<Slot>) = all.into_iter().partition(|s| s.blockers.is_empty());
        if !free.is_empty() && search.place_free(&key, &mut free) {
            continue;
        }
        match search.make_room(&key, &mut blocked) {
            Some(out) => {
                pushed_out += out.len();
                let until = search.step + 8 + search.rng.usize(0..5);
                search.tabu.insert(key.clone(), until);
                queue.extend(out);
            }
            None => stuck.push((key, Unplaced::Crowded)),
        }
    }
    // Keep the best state met.
    if let Some((n, snapshot)) = best
        && n < queue.len() + stuck.len()
    {
        for (k, placement) in snapshot {
            search.plan.set(&k, placement);
        }
    }
    let plan = search.plan;
    let mut placed = Vec::new();
    let mut moved = Vec::new();
    let mut unplaced = Vec::new();
    for key in search.mine.iter().collect::<std::collections::BTreeSet<_>>() {
        let now = plan.place_of(key);
        match (before.get(key).cloned().flatten(), now) {
            (None, Some(to)) => placed.push((key.clone(), to)),
            (Some(from), to) if Some(&from) != to.as_ref() => moved.push((key.clone(), from, to)),
            _ => {}
        }
        if !plan.is_placed(key) {
            let why = stuck.iter().find(|(k, _)| k == key).map_or(Unplaced::Crowded, |(_, w)| w.clone());
            unplaced.push((key.clone(), why));
        }
    }
    // Pinned sessions without a place are named, not passed over in silence.
    let only = opts.sessions.as_deref();
    let pinned = plan.programme().sessions.iter().filter(|(k, s)| {
        s.pinned
            && s.status != Status::Cancelled
            && !is_placed(plan.programme(), k)
            && only.is_none_or(|o| o.contains(k))
    });
    unplaced.extend(pinned.map(|(k, _)| (k.clone(), Unplaced::Pinned)));
    let errors_left = plan.counts().errors;
    Outcome {
        programme: plan.into_programme(),
        placed,
        moved,
        unplaced,
        prechecks,
        errors_left,
        elapsed: started.elapsed(),
        stopped_early,
        pushed_out,
    }
}
