//! The form for several sessions at once ("7 Sessions ausgewählt"): day, hall, track, status and kind set
//! for all of them, delete all (listing them first), duplicate all. A field whose value differs between
//! the sessions shows "— (verschieden)" and is left untouched unless changed; "Für alle übernehmen"
//! applies every changed field to every session as one edit.

use crate::edit::{Edit, Removal, Update};
use crate::gui::action::Action;
use crate::gui::bulk_ops::BulkAction;
use crate::i18n::{self, B, BulkLabel, Lang, bulk_word};
use crate::model::{DayKey, HallPlacement, Programme, Session, SessionKey, SessionKind, Status, TrackKey};

/// One field of the form: what the sessions share (`None`: they differ) and what was chosen.
#[derive(Clone, Debug, Default)]
struct Field<T> {
    common: Option<T>,
    chosen: Option<T>,
}

impl<T: Clone + PartialEq> Field<T> {
    fn of<'a>(mut values: impl Iterator<Item = &'a Session>, get: impl Fn(&Session) -> T) -> Self {
        let first = values.next().map(&get);
        let common = first.filter(|f| values.all(|s| get(s) == *f));
        Self { common, chosen: None }
    }

    /// The value to show: the chosen one, else the common one.
    fn shown(&self) -> Option<&T> {
        self.chosen.as_ref().or(self.common.as_ref())
    }
}

/// The form's state.
pub struct BulkForm {
    keys: Vec<SessionKey>,
    revision: u64,
    loaded: bool,
    day: Field<Option<DayKey>>,
    hall: Field<Option<HallPlacement>>,
    track: Field<Option<TrackKey>>,
    status: Field<Status>,
    kind: Field<SessionKind>,
    asking_delete: bool,
}

impl BulkForm {
    /// A form for these sessions at this document revision.
    pub fn new(keys: Vec<SessionKey>, revision: u64) -> Self {
        Self {
            keys,
            revision,
            loaded: false,
            day: Field::default(),
            hall: Field::default(),
            track: Field::default(),
            status: Field::default(),
            kind: Field::default(),
            asking_delete: false,
        }
    }

    /// Whether the form is about these sessions at this revision.
    pub fn is_for(&self, keys: &[SessionKey], revision: u64) -> bool {
        self.keys == keys && self.revision == revision
    }

    fn load(&mut self, p: &Programme) {
        let sessions = || self.keys.iter().filter_map(|k| p.sessions.get(k));
        self.day = Field::of(sessions(), |s| s.day.clone());
        self.hall = Field::of(sessions(), |s| s.hall.clone());
        self.track = Field::of(sessions(), |s| s.track.clone());
        self.status = Field::of(sessions(), |s| s.status);
        self.kind = Field::of(sessions(), |s| s.kind);
        self.loaded = true;
    }

    /// Whether a field was changed and not applied yet.
    pub fn changed(&self) -> bool {
        self.day.chosen.is_some()
            || self.hall.chosen.is_some()
            || self.track.chosen.is_some()
            || self.status.chosen.is_some()
            || self.kind.chosen.is_some()
    }

    /// The changed fields set on every session, as one edit (`None` when that changes nothing).
    fn to_edit(&self, lang: Lang, p: &Programme) -> Option<Edit> {
        let edits: Vec<Edit> = self
            .keys
            .iter()
            .filter_map(|k| p.sessions.get(k).map(|s| (k, s)))
            .filter_map(|(k, s)| {
                let mut new = s.clone();
                if let Some(day) = &self.day.chosen {
                    new.day = day.clone();
                }
                if let Some(hall) = &self.hall.chosen {
                    new.hall = hall.clone();
                }
                if let Some(track) = &self.track.chosen {
                    new.track = track.clone();
                }
                if let Some(status) = self.status.chosen {
                    new.status = status;
                }
                if let Some(kind) = self.kind.chosen {
                    new.kind = kind;
                }
                (new != *s).then(|| Edit::Update(Update::Session(k.clone(), Box::new(new))))
            })
            .collect();
        (!edits.is_empty()).then(|| Edit::Batch(i18n::bulk_label(lang, BulkLabel::Change, edits.len()), edits))
    }

    /// Draws the form.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, p: &Programme, actions: &mut Vec<Action>) {
        if !self.loaded {
            self.load(p);
        }
        ui.heading(i18n::selected_count(lang, self.keys.len()));
        ui.label(egui::RichText::new(bulk_word(lang, B::SelectHint)).weak());
        ui.add_space(6.0);
        let none = bulk_word(lang, B::None);
        egui::Grid::new("bulk_form").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
            let days: Vec<(Option<DayKey>, String)> = std::iter::once((None, none.to_owned()))
                .chain(p.days.iter().map(|(k, d)| {
                    let date = i18n::date_short(lang, d.date);
                    (Some(k.clone()), if d.label.is_empty() { date } else { format!("{date} · {}", d.label) })
                }))
                .collect();
            choice_ui(ui, lang, B::Day, &mut self.day, &days);
            let halls: Vec<(Option<HallPlacement>, String)> =
                [(None, none.to_owned()), (Some(HallPlacement::All), bulk_word(lang, B::AllHalls).to_owned())]
                    .into_iter()
                    .chain(p.halls.iter().map(|(k, h)| (Some(HallPlacement::Hall(k.clone())), h.name.clone())))
                    .collect();
            choice_ui(ui, lang, B::Hall, &mut self.hall, &halls);
            let tracks: Vec<(Option<TrackKey>, String)> = std::iter::once((None, none.to_owned()))
                .chain(p.tracks.iter().map(|(k, t)| (Some(k.clone()), t.name.clone())))
                .collect();
            choice_ui(ui, lang, B::Track, &mut self.track, &tracks);
            let statuses: Vec<(Status, String)> = [Status::Draft, Status::Confirmed, Status::Cancelled]
                .into_iter()
                .map(|s| (s, i18n::status_name(lang, s).to_owned()))
                .collect();
            choice_ui(ui, lang, B::Status, &mut self.status, &statuses);
            let kinds: Vec<(SessionKind, String)> =
                SessionKind::ALL.into_iter().map(|k| (k, i18n::kind_name(lang, k).to_owned())).collect();
            choice_ui(ui, lang, B::Kind, &mut self.kind, &kinds);
        });
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.add_enabled(self.changed(), egui::Button::new(bulk_word(lang, B::ApplyAll))).clicked()
                && let Some(edit) = self.to_edit(lang, p)
            {
                actions.push(Action::Edit(edit));
            }
            if ui.button(bulk_word(lang, B::DuplicateAll)).clicked() {
                actions.push(Action::Bulk(BulkAction::Duplicate));
            }
            if ui.button(bulk_word(lang, B::DeleteAll)).clicked() {
                self.asking_delete = true;
            }
            if ui.button(bulk_word(lang, B::Deselect)).clicked() {
                actions.push(Action::Bulk(BulkAction::Set(Vec::new())));
            }
        });
        if self.asking_delete {
            self.delete_ui(ui, lang, p, actions);
        }
    }

    /// The sessions that would be deleted, and the question.
    fn delete_ui(&mut self, ui: &mut egui::Ui, lang: Lang, p: &Programme, actions: &mut Vec<Action>) {
        ui.separator();
        ui.strong(i18n::delete_question(lang, self.keys.len()));
        egui::ScrollArea::vertical().max_height(200.0).id_salt("bulk_delete_list").show(ui, |ui| {
            for s in self.keys.iter().filter_map(|k| p.sessions.get(k)) {
                ui.label(format!("· {}", s.title));
            }
        });
        ui.horizontal(|ui| {
            if ui.button(bulk_word(lang, B::ConfirmDelete)).clicked() {
                let edits: Vec<Edit> = self.keys.iter().map(|k| Edit::Remove(Removal::Session(k.clone()))).collect();
                let label = i18n::bulk_label(lang, BulkLabel::Delete, edits.len());
                actions.push(Action::Edit(Edit::Batch(label, edits)));
                actions.push(Action::Bulk(BulkAction::Set(Vec::new())));
                self.asking_delete = false;
            }
            if ui.button(bulk_word(lang, B::Cancel)).clicked() {
                self.asking_delete = false;
            }
        });
    }
}

/// A labelled choice of one field: "— (verschieden)" while the sessions differ and nothing is chosen.
fn choice_ui<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    lang: Lang,
    name: B,
    field: &mut Field<T>,
    options: &[(T, String)],
) {
    let label = ui.label(bulk_word(lang, name));
    let shown = field
        .shown()
        .and_then(|v| options.iter().find(|(o, _)| o == v))
        .map_or_else(|| bulk_word(lang, B::Differs).to_owned(), |(_, text)| text.clone());
    egui::ComboBox::from_id_salt(("bulk_choice", name as u8))
        .selected_text(shown)
        .height(320.0)
        .show_ui(ui, |ui| {
            if field.common.is_none()
                && ui.selectable_label(field.chosen.is_none(), bulk_word(lang, B::Differs)).clicked()
            {
                field.chosen = None;
            }
            for (value, text) in options {
                if ui.selectable_label(field.shown() == Some(value), text).clicked() {
                    field.chosen = (field.common.as_ref() != Some(value)).then(|| value.clone());
                }
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
}
