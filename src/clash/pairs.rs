//! Overlapping pairs counted without listing them, for the bounded reports of CONTRACTS §4: a hall or a
//! person with more than [`PAIR_CAP`] overlapping pairs gets one grouped clash with the exact count, so
//! that 10,000 sessions at one time cost a sort, not fifty million clashes.
//!
//! In a start-sorted list of non-empty ranges, the earlier ranges that overlap range `i` are the `i`
//! before it minus those that end by its start; and every later range ends after its start. So the number
//! of overlapping pairs is `Σ i − #(ends ≤ startᵢ)`, one binary search in the sorted ends each.

use crate::model::TimeRange;

/// Overlapping pairs per hall or person up to which every pair is its own clash (CONTRACTS §4).
pub const PAIR_CAP: usize = 100;

/// How many sessions a grouped clash names (the first in time); the message counts the rest.
pub const GROUP_SESSIONS: usize = 10;

/// The number of overlapping pairs among start-sorted, non-empty ranges.
pub fn count(ranges: &[TimeRange]) -> usize {
    let mut ends: Vec<i64> = ranges.iter().map(|r| r.end).collect();
    ends.sort_unstable();
    ranges.iter().enumerate().map(|(i, r)| i - ends.partition_point(|&e| e <= r.start)).sum()
}

/// For each of the start-sorted, non-empty ranges, whether it overlaps another of them.
pub fn involved(ranges: &[TimeRange]) -> Vec<bool> {
    let mut reach = i64::MIN;
    let mut out = Vec::with_capacity(ranges.len());
    for (i, r) in ranges.iter().enumerate() {
        let after = ranges.get(i + 1).is_some_and(|next| next.start < r.end);
        out.push(reach > r.start || after);
        reach = reach.max(r.end);
    }
    out
}

/// [`involved`], where two `shared` ranges do not count as overlapping (two all-halls sessions away from
/// the first hall): a shared range is involved only when it overlaps one that is not shared.
pub fn involved_apart(ranges: &[TimeRange], shared: &[bool]) -> Vec<bool> {
    let mut flags = involved(ranges);
    if !shared.contains(&true) {
        return flags;
    }
    // The ranges that are not shared, in start order, and the furthest end among the first k of them.
    let singles: Vec<TimeRange> = ranges.iter().zip(shared).filter(|(_, s)| !**s).map(|(r, _)| *r).collect();
    let reach: Vec<i64> = singles
        .iter()
        .scan(i64::MIN, |m, r| {
            *m = (*m).max(r.end);
            Some(*m)
        })
        .collect();
    for ((flag, r), is_shared) in flags.iter_mut().zip(ranges).zip(shared) {
        if *is_shared {
            let before_end = singles.partition_point(|x| x.start < r.end);
            *flag = before_end.checked_sub(1).and_then(|k| reach.get(k)).is_some_and(|&end| end > r.start);
        }
    }
    flags
}

/// A person's presences as the sessions they come from: per session, its ranges merged where they
/// overlap or touch (so one session's ranges never overlap each other), all sorted by start, with the
/// number of ranges per session.
pub struct Merged {
    /// (range, session slot), by start then slot.
    pub ranges: Vec<(TimeRange, u32)>,
    /// Sessions with more than one range: (slot, its ranges).
    pub fragmented: Vec<(u32, Vec<TimeRange>)>,
}

impl Merged {
    /// Merges `(range, slot)` presences, in any order.
    pub fn of(mut presences: Vec<(TimeRange, u32)>) -> Self {
        presences.sort_unstable_by_key(|(r, slot)| (*slot, r.start, r.end));
        let mut ranges: Vec<(TimeRange, u32)> = Vec::with_capacity(presences.len());
        for (r, slot) in presences {
            match ranges.last_mut() {
                Some((last, s)) if *s == slot && r.start <= last.end => last.end = last.end.max(r.end),
                _ => ranges.push((r, slot)),
            }
        }
        let fragmented = ranges
            .chunk_by(|a, b| a.1 == b.1)
            .filter(|own| own.len() > 1)
            .filter_map(|own| Some((own.first()?.1, own.iter().map(|(r, _)| *r).collect())))
            .collect();
        ranges.sort_unstable_by_key(|(r, slot)| (r.start, r.end, *slot));
        Self { ranges, fragmented }
    }

    /// The number of distinct pairs of sessions with overlapping ranges. Ranges are counted pairwise, and
    /// where a fragmented session meets another session in more than one pair of ranges, the extra ones
    /// are taken off again, found by a scan per fragmented range over the ranges that can reach it: the
    /// cost is the pairs of ranges a fragmented session takes part in (a person in many separate pieces
    /// of many sessions at once is the slow case).
    pub fn session_pairs(&self) -> usize {
        let ranges: Vec<TimeRange> = self.ranges.iter().map(|(r, _)| *r).collect();
        let all = count(&ranges);
        if self.fragmented.is_empty() {
            return all;
        }
        let is_fragmented = |slot: u32| self.fragmented.binary_search_by_key(&slot, |(s, _)| *s).is_ok();
        // A range that overlaps `mine` starts after `mine.start − longest`: the scan begins there.
        let longest = self.ranges.iter().map(|(r, _)| r.end - r.start).max().unwrap_or(0);
        let mut extra = 0;
        let mut meets: rustc_hash::FxHashMap<u32, usize> = rustc_hash::FxHashMap::default();
        for (slot, own) in &self.fragmented {
            meets.clear();
            for mine in own {
                let from = self.ranges.partition_point(|(r, _)| r.start <= mine.start - longest);
                let upto = self.ranges.partition_point(|(r, _)| r.start < mine.end);
                for (r, other) in self.ranges.get(from..upto).unwrap_or_default() {
                    if other != slot && r.end > mine.start {
                        *meets.entry(*other).or_default() += 1;
                    }
                }
            }
            // A pair of two fragmented sessions is taken off once, from the smaller slot's side.
            extra += meets
                .iter()
                .filter(|(other, _)| !is_fragmented(**other) || *other > slot)
                .map(|(_, n)| n - 1)
                .sum::<usize>();
        }
        all - extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(start: i64, end: i64) -> TimeRange {
        TimeRange { start, end }
    }

    /// Every pair looked at.
    fn brute(ranges: &[TimeRange]) -> usize {
        let mut n = 0;
        for (i, a) in ranges.iter().enumerate() {
            n += ranges.iter().skip(i + 1).filter(|b| a.overlaps(**b)).count();
        }
        n
    }

    #[test]
    fn counts_as_every_pair_would() {
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..500 {
            let mut ranges: Vec<TimeRange> = (0..rng.usize(0..40))
                .map(|_| {
                    let start = rng.i64(0..50);
                    r(start, start + rng.i64(1..20))
                })
                .collect();
            ranges.sort_unstable_by_key(|x| (x.start, x.end));
            assert_eq!(count(&ranges), brute(&ranges), "{ranges:?}");
            let flags = involved(&ranges);
            for (i, a) in ranges.iter().enumerate() {
                let any = ranges.iter().enumerate().any(|(j, b)| j != i && a.overlaps(*b));
                assert_eq!(flags[i], any, "{i} in {ranges:?}");
            }
            let shared: Vec<bool> = ranges.iter().map(|_| rng.bool()).collect();
            let flags = involved_apart(&ranges, &shared);
            for (i, a) in ranges.iter().enumerate() {
                let any = ranges.iter().enumerate().any(|(j, b)| j != i && !(shared[i] && shared[j]) && a.overlaps(*b));
                assert_eq!(flags[i], any, "{i} in {ranges:?} shared {shared:?}");
            }
        }
        assert_eq!(count(&vec![r(600, 660); 10_000]), 10_000 * 9_999 / 2);
    }

    #[test]
    fn session_pairs_count_each_pair_of_sessions_once() {
        let mut rng = fastrand::Rng::with_seed(11);
        for _ in 0..500 {
            let presences: Vec<(TimeRange, u32)> = (0..rng.usize(0..30))
                .map(|_| {
                    let start = rng.i64(0..60);
                    (r(start, start + rng.i64(1..15)), rng.u32(0..8))
                })
                .collect();
            let mut pairs = std::collections::BTreeSet::new();
            for (a, x) in &presences {
                for (b, y) in &presences {
                    if x < y && a.overlaps(*b) {
                        pairs.insert((*x, *y));
                    }
                }
            }
            assert_eq!(Merged::of(presences.clone()).session_pairs(), pairs.len(), "{presences:?}");
        }
    }
}
