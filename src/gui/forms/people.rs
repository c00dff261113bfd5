//! The people of a session or contribution: ordered rows with a role each (speaker, moderator, host),
//! and a search to add someone: Enter takes the only match, and a name that matches nobody exactly can
//! be created as a new person from there (one edit, undoable; the draft refers to the new key).

use super::widgets;
use crate::edit::{self, Edit, Item, ItemKey};
use crate::gui::action::Action;
use crate::i18n::{self, F, Lang, f};
use crate::model::{Participation, Person, Programme, Role};

/// How many search hits are offered at once.
const HITS: usize = 8;

/// Draws the list; `id` keeps two lists apart, `what` names them for screen readers.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    (id, what): (&str, &str),
    list: &mut Vec<Participation>,
    actions: &mut Vec<Action>,
) {
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
    let field = ui.horizontal(|ui| {
        let label = ui.label(f(lang, F::AddPerson)).id;
        let hint = f(lang, F::FindPerson);
        ui.add(egui::TextEdit::singleline(&mut search).hint_text(hint).desired_width(180.0)).labelled_by(label)
    });
    let entered = field.inner.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let needle = search.trim().to_lowercase();
    if !needle.is_empty() {
        let hits = p
            .people
            .iter()
            .filter(|(k, _)| !list.iter().any(|x| &x.person == *k))
            .filter(|(_, x)| x.name.to_lowercase().contains(&needle) || x.organisation.to_lowercase().contains(&needle))
            .take(HITS)
            .collect::<Vec<_>>();
        if let [(key, person)] = hits.as_slice() {
            if entered {
                list.push(Participation { person: (*key).clone(), role: Role::Speaker });
                search.clear();
            } else {
                ui.label(egui::RichText::new(i18n::enter_takes(lang, &person.display_name())).weak());
            }
        }
        let taken = search.is_empty();
        for (key, person) in hits.iter().filter(|_| !taken) {
            let text = if person.organisation.is_empty() {
                format!("+ {}", person.display_name())
            } else {
                format!("+ {} ({})", person.display_name(), person.organisation)
            };
            if ui.button(text).clicked() {
                list.push(Participation { person: (*key).clone(), role: Role::Speaker });
                search.clear();
            }
        }
        let name = search.trim().to_owned();
        let known = p.people.values().any(|x| x.name.trim().to_lowercase() == needle);
        if !name.is_empty() && !known && ui.button(i18n::create_person(lang, &name)).clicked() {
            let item = Item::Person(Box::new(Person { name, ..Person::default() }));
            if let ItemKey::Person(key) = edit::key_for(p, &item) {
                list.push(Participation { person: key, role: Role::Speaker });
                actions.push(Action::Edit(Edit::Create(item)));
            }
            search.clear();
        }
    }
    ui.data_mut(|d| d.insert_temp(search_id, search));
}
