//! Grouping by a small dense number (hall or person position) in linear time: a counting sort, then a
//! sort of each group by the rest of its key. Groups are small (a person's few presences, a hall's
//! sessions), so this beats one big comparison sort of the whole list.

/// `entries` ordered by `(group(e), rest(e))`. Group numbers are below `groups` (any larger one would be
/// treated as `groups`). `rest` should make the order total, so that the result does not depend on the
/// input order.
pub fn bucket_sort<T: Copy, K: Ord>(
    entries: Vec<T>,
    groups: usize,
    group: impl Fn(&T) -> u32,
    rest: impl Fn(&T) -> K,
) -> Vec<T> {
    let Some(&first) = entries.first() else { return entries };
    let slot = |e: &T| (group(e) as usize).min(groups);
    // starts[g] = where group g begins in the output.
    let mut starts = vec![0usize; groups + 2];
    for e in &entries {
        if let Some(c) = starts.get_mut(slot(e) + 2) {
            *c += 1;
        }
    }
    for g in 1..starts.len() {
        let before = starts.get(g - 1).copied().unwrap_or(0);
        if let Some(c) = starts.get_mut(g) {
            *c += before;
        }
    }
    // Scatter: starts[g + 1] advances through group g, ending where group g + 1 begins.
    let mut sorted = vec![first; entries.len()];
    for e in &entries {
        let Some(next) = starts.get_mut(slot(e) + 1) else { continue };
        if let Some(place) = sorted.get_mut(*next) {
            *place = *e;
        }
        *next += 1;
    }
    let mut from = 0;
    for &end in starts.iter().skip(1) {
        if let Some(run) = sorted.get_mut(from..end)
            && run.len() > 1
        {
            run.sort_unstable_by_key(&rest);
        }
        from = end;
    }
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_group_then_rest() {
        let v = vec![(2u32, 5), (0, 3), (2, 1), (1, 9), (0, 1), (7, 0)];
        let sorted = bucket_sort(v, 3, |e| e.0, |e| e.1);
        assert_eq!(sorted, vec![(0, 1), (0, 3), (1, 9), (2, 1), (2, 5), (7, 0)]);
        assert_eq!(bucket_sort(Vec::<(u32, u32)>::new(), 3, |e| e.0, |e| e.1), vec![]);
    }
}
