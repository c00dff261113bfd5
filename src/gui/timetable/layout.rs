//! What the timetable draws for one day, computed once per document revision and view settings: the
//! visible halls as columns, the day's span, and each session as a block with its texts, track colour
//! and worst clash. Built from `model::agenda` (the same view the printed agendas use); pixels are
//! computed at draw time from the zoom. Sessions that overlap in one hall get lanes side by side within
//! the column, so each one can be seen, clicked and dragged.

use std::collections::{BTreeSet, HashMap};

use crate::clash::{Clash, Severity};
use crate::export::Selection;
use crate::i18n::{self, Lang};
use crate::model::agenda::{Agenda, Place};
use crate::model::{DayKey, HallKey, PersonKey, Programme, SessionKey, SessionKind, Status, TrackKey};

/// A hall shown as a column.
#[derive(Clone, Debug)]
pub struct Column {
    /// The hall.
    pub key: HallKey,
    /// Its name.
    pub name: String,
}

/// A session drawn in the grid.
#[derive(Clone, Debug)]
pub struct Block {
    /// The session.
    pub key: SessionKey,
    /// Its column; `None` for an all-halls session drawn across the row.
    pub column: Option<usize>,
    /// Start, minutes after the day's midnight.
    pub start: u32,
    /// End, minutes after the day's midnight.
    pub end: u32,
    /// Title.
    pub title: String,
    /// "14:40–17:15".
    pub time: String,
    /// People, by name.
    pub people: String,
    /// Everyone in it or in one of its contributions.
    pub persons: Vec<PersonKey>,
    /// Track colour (`None`: no track).
    pub colour: Option<egui::Color32>,
    /// Planning status.
    pub status: Status,
    /// Kind.
    pub kind: SessionKind,
    /// Contributions: start (minutes after midnight) and "14:50 Title".
    pub contributions: Vec<(u32, String)>,
    /// The worst clash it is part of.
    pub severity: Option<Severity>,
    /// The messages of its clashes.
    pub clash_text: String,
    /// Pinned: automatic placement never moves it (a lock is drawn).
    pub pinned: bool,
    /// A block of the same place and lane comes after it and is drawn over it: it is not drawn (ten
    /// thousand sessions at one time in one hall cost a few blocks a frame, not ten thousand).
    pub hidden: bool,
    /// Its lane among the sessions overlapping it in its hall (0: leftmost).
    pub lane: u16,
    /// How many lanes its group of overlapping sessions needs (1: the whole column).
    pub lanes: u16,
}

/// A session waiting in the "Nicht eingeplant" list.
#[derive(Clone, Debug)]
pub struct Waiting {
    /// The session.
    pub key: SessionKey,
    /// Title.
    pub title: String,
    /// Length.
    pub duration_mins: u32,
}

/// One day of the timetable.
#[derive(Clone, Debug)]
pub struct DayLayout {
    /// First minute shown (a full hour).
    pub start: u32,
    /// Last minute shown (a full hour).
    pub end: u32,
    /// Visible halls in hall order.
    pub columns: Vec<Column>,
    /// Sessions of the day with a hall (or all halls) whose track is shown.
    pub blocks: Vec<Block>,
    /// Sessions lacking a day, a start or a hall.
    pub waiting: Vec<Waiting>,
}

/// What the layout depends on besides the programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayoutKey {
    /// Document revision.
    pub revision: u64,
    /// The day.
    pub day: DayKey,
    /// Language of the texts.
    pub lang: Lang,
    /// Hidden halls.
    pub hidden_halls: BTreeSet<HallKey>,
    /// Hidden tracks.
    pub hidden_tracks: BTreeSet<TrackKey>,
    /// Only halls with a session on the day.
    pub only_used_halls: bool,
}

/// A `#rrggbb` colour.
pub fn parse_colour(text: &str) -> Option<egui::Color32> {
    let hex = text.strip_prefix('#').filter(|h| h.len() == 6)?;
    let byte = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
    Some(egui::Color32::from_rgb(byte(0)?, byte(2)?, byte(4)?))
}

/// The worst severity and the messages of every session's clashes.
fn clashes_by_session(lang: Lang, p: &Programme, clashes: &[Clash]) -> HashMap<SessionKey, (Severity, Vec<String>)> {
    let mut out: HashMap<SessionKey, (Severity, Vec<String>)> = HashMap::new();
    for clash in clashes.iter().filter(|c| c.severity() != Severity::Info) {
        let text = i18n::clash_message(lang, p, clash);
        for s in clash.involved() {
            let entry = out.entry(s.clone()).or_insert((clash.severity(), Vec::new()));
            entry.0 = entry.0.min(clash.severity());
            entry.1.push(text.clone());
        }
    }
    out
}

/// Builds the day's layout.
pub fn build(p: &Programme, clashes: &[Clash], key: &LayoutKey) -> DayLayout {
    let used: BTreeSet<&HallKey> =
        p.sessions.values().filter(|s| s.day.as_ref() == Some(&key.day)).filter_map(|s| s.hall_key()).collect();
    let columns: Vec<Column> = p
        .halls
        .iter()
        .filter(|(k, _)| !key.hidden_halls.contains(*k))
        .filter(|(k, _)| !key.only_used_halls || used.contains(k))
        .map(|(k, h)| Column { key: k.clone(), name: h.name.clone() })
        .collect();
    let column_of: HashMap<&HallKey, usize> = columns.iter().enumerate().map(|(i, c)| (&c.key, i)).collect();
    let selection = Selection { day: Some(key.day.clone()), include_drafts: true, ..Selection::default() };
    let agenda = Agenda::new(p, &selection);
    let marks = clashes_by_session(key.lang, p, clashes);
    let day = p.days.get(&key.day);
    let mut start = day.map_or(8 * 60, |d| d.opens.mins());
    let mut end = day.map_or(18 * 60, |d| d.closes.mins());
    let mut blocks = Vec::new();
    for agenda_day in &agenda.days {
        start = start.min(agenda_day.first_start_mins);
        end = end.max(agenda_day.last_end_mins);
        for s in &agenda_day.sessions {
            if s.session.track.as_ref().is_some_and(|t| key.hidden_tracks.contains(t)) {
                continue;
            }
            let column = match s.place {
                Place::AllHalls => None,
                Place::Hall(i) => match agenda_day.halls.get(i).and_then(|h| column_of.get(h.key)) {
                    Some(c) => Some(*c),
                    None => continue,
                },
                Place::Unplaced => continue,
            };
            let people = s
                .moderators
                .iter()
                .chain(&s.speakers)
                .chain(&s.hosts)
                .map(|x| x.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let mark = marks.get(s.key);
            let mut persons: Vec<PersonKey> = s
                .moderators
                .iter()
                .chain(&s.speakers)
                .chain(&s.hosts)
                .chain(s.contributions.iter().flat_map(|c| &c.people))
                .map(|x| x.key.clone())
                .collect();
            persons.sort_unstable();
            persons.dedup();
            blocks.push(Block {
                key: s.key.clone(),
                column,
                start: s.start_mins,
                end: s.end_mins,
                title: s.title().to_owned(),
                time: format!(
                    "{}–{}",
                    crate::model::time::wall_clock(s.start_mins),
                    crate::model::time::wall_clock(s.end_mins)
                ),
                people,
                persons,
                colour: s.track.and_then(|t| parse_colour(&t.colour)),
                status: s.status(),
                kind: s.kind(),
                contributions: s
                    .contributions
                    .iter()
                    .map(|c| (c.start_mins, format!("{} {}", crate::model::time::wall_clock(c.start_mins), c.title)))
                    .collect(),
                severity: mark.map(|m| m.0),
                clash_text: mark.map(|m| m.1.join("\n")).unwrap_or_default(),
                pinned: s.session.pinned,
                hidden: false,
                lane: 0,
                lanes: 1,
            });
        }
    }
    assign_lanes(&mut blocks);
    // Only blocks that share a lane and a time are drawn over each other (past the lane cap).
    let mut places = rustc_hash::FxHashSet::default();
    for b in blocks.iter_mut().rev() {
        b.hidden = !places.insert((b.column, b.lane, b.start, b.end));
    }
    let waiting = p
        .sessions
        .iter()
        .filter(|(_, s)| s.status != Status::Cancelled && (s.day.is_none() || s.start.is_none() || s.hall.is_none()))
        // A session of another day waits on that day's tab; one without a day on every tab.
        .filter(|(_, s)| s.day.as_ref().is_none_or(|d| *d == key.day))
        .map(|(k, s)| Waiting { key: k.clone(), title: s.title.clone(), duration_mins: s.duration_mins })
        .collect();
    DayLayout { start: start / 60 * 60, end: end.div_ceil(60).saturating_mul(60), columns, blocks, waiting }
}

/// At most this many lanes in one column; sessions beyond share the last lane (drawn over each other, as
/// ten thousand sessions at one place are).
pub const MAX_LANES: u16 = 6;

/// Gives sessions that overlap in one hall (half-open ranges, zero-length ones occupy nothing) lanes side
/// by side: each group of overlapping sessions is packed greedily in start order, and every session of
/// the group learns how many lanes the group needs. All-halls sessions keep the whole row.
pub fn assign_lanes(blocks: &mut [Block]) {
    let mut by_column: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, b) in blocks.iter().enumerate() {
        if let Some(c) = b.column
            && b.end > b.start
        {
            by_column.entry(c).or_default().push(i);
        }
    }
    for (_, mut ids) in by_column {
        ids.sort_by_key(|&i| blocks.get(i).map(|b| (b.start, b.end)));
        // Lane ends of the current group, and its members.
        let mut lane_ends: Vec<u32> = Vec::new();
        let mut group: Vec<usize> = Vec::new();
        let mut group_end = 0;
        let close = |group: &mut Vec<usize>, lanes: usize, blocks: &mut [Block]| {
            let lanes = u16::try_from(lanes).unwrap_or(MAX_LANES).clamp(1, MAX_LANES);
            for &i in group.iter() {
                if let Some(b) = blocks.get_mut(i) {
                    b.lanes = lanes;
                }
            }
            group.clear();
        };
        for i in ids {
            let Some((start, end)) = blocks.get(i).map(|b| (b.start, b.end)) else { continue };
            if !group.is_empty() && start >= group_end {
                close(&mut group, lane_ends.len(), blocks);
                lane_ends.clear();
            }
            let lane = match lane_ends.iter().position(|e| *e <= start) {
                Some(l) => l,
                None if lane_ends.len() < usize::from(MAX_LANES) => {
                    lane_ends.push(0);
                    lane_ends.len() - 1
                }
                None => lane_ends.len() - 1,
            };
            if let Some(e) = lane_ends.get_mut(lane) {
                *e = (*e).max(end);
            }
            group_end = group_end.max(end);
            if group.is_empty() {
                group_end = end;
            }
            if let Some(b) = blocks.get_mut(i) {
                b.lane = u16::try_from(lane).unwrap_or(MAX_LANES).min(MAX_LANES - 1);
            }
            group.push(i);
        }
        close(&mut group, lane_ends.len(), blocks);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waiting(p: &Programme, day: &str) -> Vec<String> {
        let key = LayoutKey {
            revision: 0,
            day: DayKey::new(day.to_owned()),
            lang: Lang::De,
            hidden_halls: BTreeSet::new(),
            hidden_tracks: BTreeSet::new(),
            only_used_halls: false,
        };
        build(p, &[], &key).waiting.into_iter().map(|w| w.key.to_string()).collect()
    }

    fn block(column: usize, start: u32, end: u32) -> Block {
        Block {
            key: SessionKey::new(format!("s{column}-{start}-{end}")),
            column: Some(column),
            start,
            end,
            title: String::new(),
            time: String::new(),
            people: String::new(),
            persons: Vec::new(),
            colour: None,
            status: Status::Confirmed,
            kind: SessionKind::Talk,
            contributions: Vec::new(),
            severity: None,
            clash_text: String::new(),
            pinned: false,
            hidden: false,
            lane: 0,
            lanes: 1,
        }
    }

    #[test]
    fn overlapping_sessions_of_one_hall_get_lanes_and_back_to_back_ones_do_not() {
        // 10–11 and 10:30–11:30 overlap; 11:30–12 follows the second (half-open); 9–10 in another hall.
        let mut blocks = vec![block(0, 600, 660), block(0, 630, 690), block(0, 690, 720), block(1, 600, 660)];
        assign_lanes(&mut blocks);
        let lanes: Vec<(u16, u16)> = blocks.iter().map(|b| (b.lane, b.lanes)).collect();
        assert_eq!(lanes, [(0, 2), (1, 2), (0, 1), (0, 1)]);
        // A thousand at one place need no more than the cap.
        let mut many: Vec<Block> = (0..1000).map(|_| block(0, 600, 660)).collect();
        assign_lanes(&mut many);
        assert!(many.iter().all(|b| b.lanes == MAX_LANES && b.lane < MAX_LANES));
    }

    #[test]
    fn two_sessions_at_the_same_time_and_hall_are_both_drawn_in_their_lanes() {
        let mut p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let net = p.sessions["netzwerktreffen-staedtebaufoerderung"].clone();
        let ideen = p.sessions.get_mut("ideenlabor-junge-stadtmacher").unwrap();
        (ideen.start, ideen.hall, ideen.duration_mins) = (net.start, net.hall.clone(), net.duration_mins);
        let key = LayoutKey {
            revision: 0,
            day: DayKey::new("rahmenprogramm".to_owned()),
            lang: Lang::De,
            hidden_halls: BTreeSet::new(),
            hidden_tracks: BTreeSet::new(),
            only_used_halls: false,
        };
        let layout = build(&p, &[], &key);
        let of = |k: &str| layout.blocks.iter().find(|b| b.key.as_str() == k).unwrap();
        let (a, b) = (of("netzwerktreffen-staedtebaufoerderung"), of("ideenlabor-junge-stadtmacher"));
        assert!(!a.hidden && !b.hidden, "neither is drawn over");
        assert_ne!(a.lane, b.lane);
        assert_eq!((a.lanes, b.lanes), (2, 2));
    }

    #[test]
    fn a_session_waits_on_its_own_day_and_one_without_a_day_on_every_day() {
        let mut p = crate::format::load_str(crate::sample::BUNDESKONGRESS_ENTWURF).unwrap();
        // The sample's Friday workshop has no hall.
        assert_eq!(waiting(&p, "exkursionen"), ["werkstattgespraech-nsp"]);
        assert!(waiting(&p, "kongresstag").is_empty());
        p.sessions.get_mut("werkstattgespraech-nsp").unwrap().day = None;
        assert_eq!(waiting(&p, "kongresstag"), ["werkstattgespraech-nsp"]);
        assert_eq!(waiting(&p, "rahmenprogramm"), ["werkstattgespraech-nsp"]);
    }

    #[test]
    fn only_the_halls_in_use_that_day_when_asked() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let mut key = LayoutKey {
            revision: 0,
            day: DayKey::new("exkursionen".to_owned()),
            lang: Lang::De,
            hidden_halls: BTreeSet::new(),
            hidden_tracks: BTreeSet::new(),
            only_used_halls: false,
        };
        assert_eq!(build(&p, &[], &key).columns.len(), p.halls.len());
        key.only_used_halls = true;
        let shown: Vec<HallKey> = build(&p, &[], &key).columns.into_iter().map(|c| c.key).collect();
        let mut used: Vec<&HallKey> =
            p.sessions.values().filter(|s| s.day.as_ref() == Some(&key.day)).filter_map(|s| s.hall_key()).collect();
        used.sort_by_key(|h| p.halls.get_index_of(*h));
        used.dedup();
        assert!(shown.len() < p.halls.len(), "the excursion day does not use every hall");
        assert_eq!(shown.iter().collect::<Vec<_>>(), used, "in hall order");
    }
}
