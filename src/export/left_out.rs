//! What a public export leaves out: the drafts and cancelled sessions that the other selections (day,
//! hall, track, person) would include, counted so that the agenda dialog and `podium export` can say so
//! ("10 Entwürfe werden nicht gedruckt") instead of dropping them silently.

use super::Selection;
use crate::model::{Programme, Status};

/// The sessions a public export leaves out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Drafts.
    pub drafts: usize,
    /// Cancelled sessions.
    pub cancelled: usize,
}

impl Selection {
    /// The drafts and cancelled sessions this selection leaves out (none when it includes drafts).
    pub fn left_out(&self, p: &Programme) -> LeftOut {
        if self.include_drafts {
            return LeftOut::default();
        }
        let all = Self { include_drafts: true, ..self.clone() };
        let mut out = LeftOut::default();
        for s in p.sessions.values().filter(|s| all.includes(s)) {
            match s.status {
                Status::Draft => out.drafts += 1,
                Status::Cancelled => out.cancelled += 1,
                Status::Confirmed => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_and_cancelled_sessions_of_the_selection_are_counted() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS_ENTWURF).unwrap();
        let drafts = p.sessions.values().filter(|s| s.status == Status::Draft).count();
        let cancelled = p.sessions.values().filter(|s| s.status == Status::Cancelled).count();
        assert!(drafts > 0 && cancelled > 0);
        assert_eq!(Selection::default().left_out(&p), LeftOut { drafts, cancelled });
        let all = Selection { include_drafts: true, ..Selection::default() };
        assert_eq!(all.left_out(&p), LeftOut::default());
    }
}
