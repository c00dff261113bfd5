//! The detail area: a read-only view of the selection (the forms of part 2 replace it), and of the event.

use crate::gui::action::{Action, Selected};
use crate::i18n::{self, Lang, T, t};
use crate::model::{Programme, Role, time};

fn field(ui: &mut egui::Ui, label: &str, value: &str) {
    if value.trim().is_empty() {
        return;
    }
    ui.label(egui::RichText::new(label).weak());
    ui.add(egui::Label::new(value).wrap());
    ui.end_row();
}

fn grid(ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    egui::Grid::new(id).num_columns(2).spacing([12.0, 6.0]).striped(false).show(ui, add);
}

/// The event's details.
pub fn event_ui(ui: &mut egui::Ui, lang: Lang, p: &Programme) {
    let e = &p.event;
    ui.heading(&e.title);
    ui.add_space(6.0);
    grid(ui, "event_detail", |ui| {
        field(ui, t(lang, T::Motto), &e.motto);
        let venue = [e.venue.name.as_str(), e.venue.address.as_str(), e.venue.city.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        field(ui, t(lang, T::Venue), &venue);
        let dates = match (p.days.values().next(), p.days.values().last()) {
            (Some(a), Some(b)) => format!("{} – {}", i18n::date_long(lang, a.date), i18n::date_long(lang, b.date)),
            _ => String::new(),
        };
        field(ui, t(lang, T::Date), &dates);
        field(ui, t(lang, T::Website), &e.website);
        field(ui, t(lang, T::Organisers), &e.organisers.join("\n"));
        field(ui, t(lang, T::TimeZone), &e.time_zone);
        field(ui, t(lang, T::Acronym), &e.acronym);
        field(ui, t(lang, T::Notice), &e.notice);
    });
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t(lang, T::FormsFollow)).italics().weak());
}

fn names(p: &Programme, people: &[crate::model::Participation], role: Role) -> String {
    people
        .iter()
        .filter(|x| x.role == role)
        .filter_map(|x| p.people.get(&x.person))
        .map(
            |x| if x.function.is_empty() { x.display_name() } else { format!("{} ({})", x.display_name(), x.function) },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// The selected entity, read-only.
pub fn detail_ui(ui: &mut egui::Ui, lang: Lang, p: &Programme, selected: Option<&Selected>, actions: &mut Vec<Action>) {
    egui::ScrollArea::vertical().id_salt("detail_scroll").show(ui, |ui| match selected {
        None => {
            ui.label(egui::RichText::new(t(lang, T::NothingSelected)).weak());
        }
        Some(Selected::Session(key)) => {
            let Some(s) = p.sessions.get(key) else { return };
            ui.heading(&s.title);
            if !s.subtitle.is_empty() {
                ui.label(egui::RichText::new(&s.subtitle).italics());
            }
            ui.add_space(6.0);
            let when = p.session_range(s).and_then(|r| {
                let (a, b) = (time::to_datetime(r.start)?, time::to_datetime(r.end)?);
                Some(format!("{}, {}", i18n::date_short(lang, a.date()), i18n::time_range(a, b)))
            });
            grid(ui, "session_detail", |ui| {
                field(ui, t(lang, T::Date), &when.unwrap_or_default());
                let hall = s.hall.as_ref().map(|h| p.hall_name(h, t(lang, T::AllHalls)).to_owned()).unwrap_or_default();
                field(ui, t(lang, T::Hall), &hall);
                field(ui, t(lang, T::Kind), i18n::kind_name(lang, s.kind));
                field(ui, t(lang, T::Status), i18n::status_name(lang, s.status));
                let track = s.track.as_ref().and_then(|k| p.tracks.get(k)).map(|x| x.name.as_str()).unwrap_or("");
                field(ui, t(lang, T::Track), track);
                field(ui, lang.pick("Moderation", "Moderation"), &names(p, &s.people, Role::Moderator));
                field(ui, t(lang, T::Speakers), &names(p, &s.people, Role::Speaker));
                field(ui, lang.pick("Gastgebende", "Hosts"), &names(p, &s.people, Role::Host));
                let contributions = s
                    .contributions
                    .iter()
                    .zip(p.contribution_ranges(s).into_iter().map(Some).chain(std::iter::repeat(None)))
                    .map(|(c, r)| {
                        let when = r
                            .and_then(|r| {
                                Some(i18n::time_range(time::to_datetime(r.start)?, time::to_datetime(r.end)?))
                            })
                            .unwrap_or_default();
                        format!("{when}  {}", c.title)
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                field(ui, t(lang, T::Contributions), &contributions);
                field(ui, t(lang, T::Description), &s.description);
                field(ui, &format!("{} ({})", t(lang, T::Notes), t(lang, T::PrivateOnly)), &s.notes);
            });
        }
        Some(Selected::Person(key)) => {
            let Some(x) = p.people.get(key) else { return };
            ui.heading(x.display_name());
            grid(ui, "person_detail", |ui| {
                field(ui, t(lang, T::Function), &x.function);
                field(ui, t(lang, T::Organisation), &x.organisation);
                field(ui, t(lang, T::Description), &x.bio);
            });
            ui.add_space(6.0);
            ui.group(|ui| {
                ui.label(egui::RichText::new(t(lang, T::PrivateOnly)).strong());
                grid(ui, "person_private", |ui| {
                    field(ui, t(lang, T::Email), &x.email);
                    field(ui, t(lang, T::Phone), &x.phone);
                    field(ui, t(lang, T::Notes), &x.notes);
                });
            });
            ui.add_space(6.0);
            ui.label(egui::RichText::new(t(lang, T::Sessions)).strong());
            for (k, s) in p.sessions.iter().filter(|(_, s)| {
                s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)).any(|pr| &pr.person == key)
            }) {
                if ui.link(&s.title).clicked() {
                    actions.push(Action::Reveal(k.clone()));
                }
            }
        }
        Some(Selected::Hall(key)) => {
            let Some(h) = p.halls.get(key) else { return };
            ui.heading(&h.name);
            grid(ui, "hall_detail", |ui| {
                field(ui, t(lang, T::Capacity), &h.capacity.map(|c| c.to_string()).unwrap_or_default());
                field(ui, t(lang, T::Venue), p.hall_venue(h));
                field(ui, &format!("{} ({})", t(lang, T::Notes), t(lang, T::PrivateOnly)), &h.notes);
            });
        }
        Some(Selected::Day(key)) => {
            let Some(d) = p.days.get(key) else { return };
            ui.heading(i18n::date_long(lang, d.date));
            grid(ui, "day_detail", |ui| {
                field(ui, t(lang, T::Label), &d.label);
                field(ui, t(lang, T::Opens), &d.opens.to_string());
                field(ui, t(lang, T::Closes), &d.closes.to_string());
            });
        }
        Some(Selected::Track(key)) => {
            let Some(tr) = p.tracks.get(key) else { return };
            ui.heading(&tr.name);
            grid(ui, "track_detail", |ui| field(ui, t(lang, T::Colour), &tr.colour));
        }
    });
}
