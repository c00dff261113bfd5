//! The timetable's toolbar: day tabs, zoom, "Pause in allen Sälen", shown halls and tracks, and whose
//! schedule is shown beside the grid. Strg+Mausrad zooms as well.

use super::{DEFAULT_PX_PER_MIN, TimetableState};
use crate::i18n::{self, Lang};
use crate::model::Programme;

const MIN_ZOOM: f32 = 0.5;
const MAX_ZOOM: f32 = 6.0;

/// Draws the toolbar.
pub fn ui(ui: &mut egui::Ui, lang: Lang, p: &Programme, state: &mut TimetableState) {
    ui.horizontal_wrapped(|ui| {
        for (key, day) in &p.days {
            let label = if day.label.is_empty() {
                i18n::date_short(lang, day.date)
            } else {
                format!("{} · {}", i18n::date_short(lang, day.date), day.label)
            };
            if ui.add(egui::Button::selectable(state.day.as_ref() == Some(key), label)).clicked() {
                state.day = Some(key.clone());
            }
        }
        ui.separator();
        let zoom_out = lang.pick("Verkleinern", "Zoom out");
        if ui.button("−").on_hover_text(zoom_out).accessible_name(zoom_out).clicked() {
            state.px_per_min = (state.px_per_min / 1.25).max(MIN_ZOOM);
        }
        let zoom_in = lang.pick("Vergrößern", "Zoom in");
        if ui.button("+").on_hover_text(zoom_in).accessible_name(zoom_in).clicked() {
            state.px_per_min = (state.px_per_min * 1.25).min(MAX_ZOOM);
        }
        ui.label(format!("{:.0} %", state.px_per_min / DEFAULT_PX_PER_MIN * 100.0));
        ui.separator();
        ui.checkbox(&mut state.only_used_halls, lang.pick("Nur belegte Säle", "Only halls in use")).on_hover_text(
            lang.pick("Säle ohne Session an diesem Tag ausblenden", "Hide halls with nothing on this day"),
        );
        if ui.button(lang.pick("Pause in allen Sälen…", "Break in all halls…")).clicked() {
            state.pause = Some(super::pause::PauseDraft::new(lang, p));
        }
        ui.separator();
        let shown = p.halls.keys().filter(|k| !state.hidden_halls.contains(*k)).count();
        ui.menu_button(format!("{} ({shown}/{})", lang.pick("Säle", "Halls"), p.halls.len()), |ui| {
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
        ui.menu_button(lang.pick("Tracks", "Tracks"), |ui| {
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
        let label = ui.label(lang.pick("Zeitplan von", "Schedule of")).id;
        let mut people: Vec<_> = p.people.iter().map(|(k, x)| (k.clone(), x.name.clone())).collect();
        people.sort_by(|a, b| a.1.cmp(&b.1));
        let shown = state.person.as_ref().and_then(|k| p.people.get(k)).map_or("—".to_owned(), |x| x.name.clone());
        egui::ComboBox::from_id_salt("timetable_person_pick")
            .selected_text(shown)
            .height(400.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.person, None, "—");
                for (key, name) in people {
                    ui.selectable_value(&mut state.person, Some(key), name);
                }
            })
            .response
            .labelled_by(label);
    });
    let zoom = ui.input(|i| i.zoom_delta());
    if zoom != 1.0 && ui.ui_contains_pointer() {
        state.px_per_min = (state.px_per_min * zoom).clamp(MIN_ZOOM, MAX_ZOOM);
    }
    ui.separator();
}
