//! The timetable's toolbar: day tabs (with the number of search hits; a drag can be dropped on them),
//! zoom, column width, "Alle Säle einpassen", "Pause in allen Sälen", "Ab hier verschieben…", "Tag
//! duplizieren…", shown halls and tracks, whose schedule is shown beside the grid (chosen from a list in
//! surname order, with a search field), and the search of the timetable (Enter: next match).
//! Strg+Mausrad zooms as well.

use super::{DEFAULT_PX_PER_MIN, TimetableState};
use crate::gui::action::{Action, Selected};
use crate::i18n::{self, B, Lang, bulk_word};
use crate::model::{PersonKey, Programme};

const MIN_ZOOM: f32 = 0.5;
const MAX_ZOOM: f32 = 6.0;
/// Narrowest and widest hall column.
const COLUMN_RANGE: (f32, f32) = (80.0, 360.0);

/// Draws the toolbar.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    state: &mut TimetableState,
    selected: Option<&Selected>,
    actions: &mut Vec<Action>,
) {
    state.day_tabs.clear();
    let searching = !state.search.trim().is_empty();
    ui.horizontal_wrapped(|ui| {
        for (key, day) in &p.days {
            let mut label = if day.label.is_empty() {
                i18n::date_short(lang, day.date)
            } else {
                format!("{} · {}", i18n::date_short(lang, day.date), day.label)
            };
            if searching {
                label = format!("{label} ({})", state.hits.on_day(key));
            }
            let tab = ui.add(egui::Button::selectable(state.day.as_ref() == Some(key), label));
            if tab.clicked() {
                state.day = Some(key.clone());
            }
            state.day_tabs.push((key.clone(), tab.rect));
        }
        ui.separator();
        let zoom_out = crate::i18n::text(lang, "gui-zoom-out");
        if ui.button("−").on_hover_text(zoom_out).accessible_name(zoom_out).clicked() {
            state.px_per_min = (state.px_per_min / 1.25).max(MIN_ZOOM);
        }
        let zoom_in = crate::i18n::text(lang, "gui-zoom-in");
        if ui.button("+").on_hover_text(zoom_in).accessible_name(zoom_in).clicked() {
            state.px_per_min = (state.px_per_min * 1.25).min(MAX_ZOOM);
        }
        ui.label(format!("{:.0} %", state.px_per_min / DEFAULT_PX_PER_MIN * 100.0));
        ui.separator();
        // Columns narrower to see more halls at once, wider to read long titles.
        ui.label(crate::i18n::text(lang, "gui-width"));
        let narrower = crate::i18n::text(lang, "gui-narrower-halls");
        if ui.button("−").on_hover_text(narrower).accessible_name(narrower).clicked() {
            state.column_w = (state.column_w / 1.2).max(COLUMN_RANGE.0);
        }
        let wider = crate::i18n::text(lang, "gui-wider-halls");
        if ui.button("+").on_hover_text(wider).accessible_name(wider).clicked() {
            state.column_w = (state.column_w * 1.2).min(COLUMN_RANGE.1);
        }
        ui.separator();
        ui.checkbox(&mut state.only_used_halls, crate::i18n::text(lang, "gui-only-halls-in-use"))
            .on_hover_text(crate::i18n::text(lang, "gui-hide-empty-halls"));
        if ui.button(bulk_word(lang, B::FitHalls)).clicked() {
            state.fit = true;
        }
        if ui.button(crate::i18n::text(lang, "gui-break-all-halls-button")).clicked() {
            state.pause = Some(super::pause::PauseDraft::new(lang, p));
        }
        if ui.button(bulk_word(lang, B::ShiftLater)).clicked() {
            let session = match selected {
                Some(Selected::Session(k)) => p.sessions.get(k).filter(|s| s.day == state.day),
                _ => None,
            };
            state.shift = Some(super::shift::ShiftDraft::new(session));
        }
        if ui.button(bulk_word(lang, B::DuplicateDay)).clicked()
            && let Some(day) = &state.day
        {
            state.daycopy = super::daycopy::DayCopyDraft::new(p, day);
        }
        ui.separator();
        let shown = p.halls.keys().filter(|k| !state.hidden_halls.contains(*k)).count();
        // Several halls or tracks are ticked in a row: the list stays open until a click outside it.
        let stay_open =
            egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        let halls_label = format!("{} ({shown}/{})", crate::i18n::text(lang, "gui-halls"), p.halls.len());
        egui::containers::menu::MenuButton::new(halls_label).config(stay_open.clone()).ui(ui, |ui| {
            for (key, hall) in &p.halls {
                let mut visible = !state.hidden_halls.contains(key);
                if ui.checkbox(&mut visible, &hall.name).changed() {
                    if visible {
                        state.hidden_halls.remove(key);
                    } else {
                        state.hidden_halls.insert(key.clone());
                    }
                }
            }
        });
        egui::containers::menu::MenuButton::new(crate::i18n::text(lang, "gui-tracks")).config(stay_open).ui(ui, |ui| {
            for (key, track) in &p.tracks {
                let mut visible = !state.hidden_tracks.contains(key);
                if ui.checkbox(&mut visible, &track.name).changed() {
                    if visible {
                        state.hidden_tracks.remove(key);
                    } else {
                        state.hidden_tracks.insert(key.clone());
                    }
                }
            }
        });
        ui.separator();
        person_pick(ui, lang, p, state);
        ui.separator();
        search_ui(ui, lang, p, state, selected, actions);
    });
    let zoom = ui.input(|i| i.zoom_delta());
    if zoom != 1.0 && ui.ui_contains_pointer() {
        state.px_per_min = (state.px_per_min * zoom).clamp(MIN_ZOOM, MAX_ZOOM);
    }
    ui.separator();
}

/// The search field: typing marks the matching blocks; Enter (or the button) shows the next match.
fn search_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    state: &mut TimetableState,
    selected: Option<&Selected>,
    actions: &mut Vec<Action>,
) {
    let name = bulk_word(lang, B::Search);
    let field = ui.add(egui::TextEdit::singleline(&mut state.search).hint_text(name).desired_width(160.0));
    let field = field.accessible_name(name);
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if !state.search.trim().is_empty() {
        ui.label(i18n::match_count(lang, state.hits.len()));
    }
    let next = ui.add_enabled(!state.hits.is_empty(), egui::Button::new(bulk_word(lang, B::NextMatch))).clicked();
    if enter {
        // The field keeps the keyboard, so that Enter can be pressed again.
        field.request_focus();
    }
    if (enter || next) && !state.hits.is_empty() {
        let current = match selected {
            Some(Selected::Session(k)) => Some(k),
            _ => None,
        };
        if let Some(key) = state.hits.next_after(current).cloned() {
            state.reveal(p, &key);
            actions.push(Action::Select(Selected::Session(key)));
        }
    }
}

/// "Zeitplan von": everyone in surname order, narrowed by what is typed in the search field.
fn person_pick(ui: &mut egui::Ui, lang: Lang, p: &Programme, state: &mut TimetableState) {
    let label = ui.label(crate::i18n::text(lang, "gui-schedule-of")).id;
    let shown = state.person.as_ref().and_then(|k| p.people.get(k)).map_or("—".to_owned(), |x| x.name.clone());
    // A click into the search field must not close the list; picking someone does.
    egui::ComboBox::from_id_salt("timetable_person_pick")
        .selected_text(shown)
        .height(400.0)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| {
            let search = crate::i18n::text(lang, "gui-find-a-person");
            ui.add(egui::TextEdit::singleline(&mut state.person_filter).hint_text(search).desired_width(180.0))
                .accessible_name(search);
            let mut picked = ui.selectable_value(&mut state.person, None, "—").clicked();
            for (key, name) in people_in_order(p, &state.person_filter) {
                picked |= ui.selectable_value(&mut state.person, Some(key), name).clicked();
            }
            if picked {
                state.person_filter.clear();
                ui.close();
            }
        })
        .response
        .labelled_by(label);
}

/// The people whose name contains every word of `filter` (in any order, ignoring case, and with
/// umlauts typed as "ü", "ue" or "u"), by surname (the last word of the name), then the whole name, in
/// phone-book order (ä as ae).
fn people_in_order(p: &Programme, filter: &str) -> Vec<(PersonKey, String)> {
    let mut people: Vec<_> = p
        .people
        .iter()
        .filter(|(_, x)| name_matches(&x.name, filter))
        .map(|(k, x)| (k.clone(), x.name.clone()))
        .collect();
    people.sort_by(|a, b| crate::i18n::collate::surname_cmp(&a.1, &b.1).then_with(|| a.0.cmp(&b.0)));
    people
}

fn name_matches(name: &str, filter: &str) -> bool {
    [true, false].into_iter().any(|spelled| {
        let name = folded(name, spelled);
        folded(filter, spelled).split_whitespace().all(|word| name.contains(word))
    })
}

/// Lower case; umlauts spelled out ("ue") or as their base letter ("u"); anything but letters and digits
/// a space.
fn folded(text: &str, spelled: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match (c, spelled) {
            ('ä', true) => out.push_str("ae"),
            ('ö', true) => out.push_str("oe"),
            ('ü', true) => out.push_str("ue"),
            ('ä', false) => out.push('a'),
            ('ö', false) => out.push('o'),
            ('ü', false) => out.push('u'),
            ('ß', _) => out.push_str("ss"),
            (c, _) if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_by_surname_and_found_by_part_of_the_name() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let names: Vec<String> = people_in_order(&p, "").into_iter().map(|(_, n)| n).collect();
        let pos = |n: &str| names.iter().position(|x| x == n).unwrap();
        assert!(pos("Annette Brandt") < pos("Klara Geywitz"));
        assert!(pos("Klara Geywitz") < pos("Hans Joachim Schellnhuber"));
        assert_eq!(names.len(), p.people.len());
        let found = |f: &str| people_in_order(&p, f).into_iter().map(|(_, n)| n).collect::<Vec<_>>();
        assert_eq!(found("geyw"), ["Klara Geywitz"]);
        assert_eq!(found("Klara G"), ["Klara Geywitz"]);
        assert_eq!(found("Geywitz, Klara"), ["Klara Geywitz"], "surname first");
        for typed in ["krüger", "krueger", "kruger", "KRÜGER"] {
            assert_eq!(found(typed), ["Andrea Krüger"], "{typed}");
        }
        assert!(found("xq").is_empty());
        assert_eq!(found(".").len(), p.people.len(), "no letters: no narrowing");
        assert!(people_in_order(&p, "  ").len() == p.people.len(), "blank finds everyone");
    }
}
