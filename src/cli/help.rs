//! `podium --help` and every subcommand's help in the user's language: the language is read from
//! `--lang` (or the locale) before clap parses, and every `about`, argument help and heading of the
//! derived [`clap::Command`] is replaced from the catalogue (`locales/*/help.ftl`). Ids: `help-about`,
//! `help-long-about`, `help-<command>-about`, `help-<command>-long`, `help-<command>-<argument>` (with
//! `help-<argument>` for the options every command shares). The common usage errors (unknown argument,
//! missing or invalid value, conflicting options) are worded from the catalogue too ([`error_text`]).

use std::ffi::OsString;

use clap::Command;

use crate::i18n::{Lang, catalogue_text, message_with};

/// The language asked for on the command line (`--lang en`, `--lang=de`), before clap has parsed it.
pub fn lang_in_args(args: &[OsString]) -> Option<Lang> {
    let mut iter = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => iter.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        match value.as_deref() {
            Some("de") => return Some(Lang::De),
            Some("en") => return Some(Lang::En),
            _ => {}
        }
    }
    None
}

/// The command with its help texts in `lang`.
pub fn localise(mut cmd: Command, lang: Lang) -> Command {
    cmd.build();
    let text = |id: String| catalogue_text(lang, &id);
    localise_one(cmd, "", &text)
}

fn localise_one(mut cmd: Command, prefix: &str, text: &dyn Fn(String) -> Option<String>) -> Command {
    let name = cmd.get_name().to_owned();
    let (about, long) = if prefix.is_empty() {
        ("help-about".to_owned(), "help-long-about".to_owned())
    } else {
        (format!("help-{name}-about"), format!("help-{name}-long"))
    };
    if let Some(about) = text(about) {
        cmd = cmd.about(about);
    }
    if let Some(long) = text(long) {
        cmd = cmd.long_about(long);
    }
    let word = |id: &str| text(id.to_owned()).unwrap_or_default();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        word("help-usage")
    );
    cmd = cmd.help_template(template).subcommand_help_heading(word("help-commands"));
    let args: Vec<(String, bool, Vec<String>, Vec<String>)> = cmd
        .get_arguments()
        .map(|a| {
            let values: Vec<String> =
                a.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_owned()).collect();
            let defaults: Vec<String> =
                a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
            (a.get_id().to_string(), a.is_positional(), values, defaults)
        })
        .collect();
    for (id, positional, values, defaults) in args {
        let own = if prefix.is_empty() { format!("help-{id}") } else { format!("help-{name}-{id}") };
        let mut help = text(own).or_else(|| text(format!("help-{id}")));
        if let Some(help) = help.as_mut() {
            if !values.is_empty() {
                help.push_str(&format!("\n\n{}", word("help-possible-values")));
                for value in &values {
                    let what = text(format!("help-value-{id}-{value}")).unwrap_or_default();
                    help.push_str(&format!("\n- {value}: {what}"));
                }
            }
            if !defaults.is_empty() {
                help.push_str(&format!("\n\n[{}: {}]", word("help-default"), defaults.join(", ")));
            }
        }
        let heading = word(if positional { "help-arguments" } else { "help-options" });
        cmd = cmd.mut_arg(&id, |a| {
            let a = a.help_heading(heading);
            match help {
                Some(help) if id == "help" => a.long_help(help.clone()).help(help),
                Some(help) => a.help(help).hide_possible_values(true).hide_default_value(true),
                None => a,
            }
        });
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(&sub, |s| localise_one(s, &sub, text));
    }
    cmd
}

/// A usage error of clap in the user's language, with the hint to `--help`; `None` for help and version
/// output and for the rare errors Podium does not word (clap prints those itself).
pub fn error_text(lang: Lang, e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = ("arg", context(ContextKind::InvalidArg));
    let value = ("value", context(ContextKind::InvalidValue));
    let sentence = match e.kind() {
        ErrorKind::UnknownArgument => message_with(lang, "help-error-unknown-argument", &[arg]),
        ErrorKind::InvalidSubcommand => {
            message_with(lang, "help-error-unknown-command", &[("command", context(ContextKind::InvalidSubcommand))])
        }
        ErrorKind::InvalidValue => {
            let valid = ("valid", context(ContextKind::ValidValue));
            message_with(lang, "help-error-invalid-value", &[arg, value, valid])
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e).map(|r| r.to_string()).unwrap_or_default();
            message_with(lang, "help-error-value-validation", &[arg, value, ("reason", reason)])
        }
        ErrorKind::MissingRequiredArgument => message_with(lang, "help-error-missing-argument", &[arg]),
        ErrorKind::ArgumentConflict => {
            message_with(lang, "help-error-conflict", &[arg, ("prior", context(ContextKind::PriorArg))])
        }
        _ => return None,
    };
    Some(message_with(lang, "help-error", &[("text", sentence)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_in_args(&args(&["podium", "check", "--lang", "en", "x.ron"])), Some(Lang::En));
        assert_eq!(lang_in_args(&args(&["podium", "--lang=de", "--help"])), Some(Lang::De));
        assert_eq!(lang_in_args(&args(&["podium", "--help"])), None);
    }
}
