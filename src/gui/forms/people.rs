//! The people of a session or contribution: ordered rows with a role each (speaker, moderator, host),
//! and a search to add someone.

use super::widgets;
use crate::i18n::{self, F, Lang, f};
use crate::model::{Participation, Programme, Role};

/// How many search hits are offered at once.
const HITS: usize = 8;

/// Draws the list; `id` keeps two lists apart, `what` names them for screen readers.
pub fn ui(ui: &mut egui::Ui, lang: Lang, p: &Programme, id: &str, what: &str, list: &mut Vec<Participation>) {
    let roles: Vec<(Role, String)> = [Role::Speaker, Role::Moderator, Role::Host]
        .into_iter()
        .map(|r| (r, i18n::role_name(lang, r).to_owned()))
        .collect();
    let mut change = None;
    let len = list.len();
    for (i, part) in list.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let name = p.people.get(&part.person).map_or_else(|| part.person.to_string(), |x| x.display_name());
            let label = ui.add(egui::Label::new(name).truncate()).id;
            widgets::choice(ui, &format!("{id}_role_{i}"), label, &mut part.role, &roles);
            change = widgets::row_controls(ui, lang, i, len, what).or(change);
        });
    }
    if let Some(change) = change {
        change.apply(list);
    }
    let search_id = ui.scope_id().with((id, "person_search"));
    let mut search: String = ui.data(|d| d.get_temp(search_id)).unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label(f(lang, F::AddPerson)).id;
        let hint = f(lang, F::FindPerson);
        ui.add(egui::TextEdit::singleline(&mut search).hint_text(hint).desired_width(180.0)).labelled_by(label);
    });
    let needle = search.trim().to_lowercase();
    if !needle.is_empty() {
        let hits = p
            .people
            .iter()
            .filter(|(k, _)| !list.iter().any(|x| &x.person == *k))
            .filter(|(_, x)| x.name.to_lowercase().contains(&needle) || x.organisation.to_lowercase().contains(&needle))
            .take(HITS)
            .collect::<Vec<_>>();
        for (key, person) in hits {
            let text = if person.organisation.is_empty() {
                format!("+ {}", person.display_name())
            } else {
                format!("+ {} ({})", person.display_name(), person.organisation)
            };
            if ui.button(text).clicked() {
                list.push(Participation { person: key.clone(), role: Role::Speaker });
                search.clear();
            }
        }
    }
    ui.data_mut(|d| d.insert_temp(search_id, search));
}
