//! The Fluent catalogues agree with each other and with the code: every message exists in German and
//! English with the same arguments, every id the code names exists, and no inline language choice
//! (`lang.pick("…", "…")`) is left outside `src/i18n/`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

type Messages = BTreeMap<String, BTreeSet<String>>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ftl_files(lang: &str) -> BTreeMap<String, String> {
    let dir = root().join("locales").join(lang);
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

fn variables_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
            for a in &arguments.named {
                variables_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

/// Every message of one language: id → the variables it uses. Panics on a parse error or an id that does
/// not start with its file's name.
fn messages(lang: &str) -> Messages {
    let mut out = Messages::new();
    for (topic, source) in ftl_files(lang) {
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{topic}.ftl does not parse: {errors:?}"));
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let id = m.id.name.to_owned();
                    assert!(
                        id.starts_with(&format!("{topic}-")),
                        "{lang}/{topic}.ftl: id {id} must start with {topic}-"
                    );
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables_in_pattern(value, &mut vars);
                    }
                    assert!(out.insert(id.clone(), vars).is_none(), "{lang}: {id} is defined twice");
                }
                ast::Entry::Junk { content } => panic!("{lang}/{topic}.ftl: junk {content:?}"),
                _ => {}
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// String literals in the sources that look like message ids of a catalogue topic ("ui-save", "gui-zoom-in").
fn ids_in_code(topics: &BTreeSet<String>) -> BTreeMap<String, PathBuf> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut out = BTreeMap::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let Some((topic, rest)) = literal.split_once('-') else { continue };
            let id_like =
                !rest.is_empty() && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if id_like && topics.contains(topic) {
                out.entry(literal.to_owned()).or_insert_with(|| path.clone());
            }
        }
    }
    out
}

#[test]
fn both_languages_have_the_same_files_messages_and_arguments() {
    let topics_de: BTreeSet<String> = ftl_files("de").into_keys().collect();
    let topics_en: BTreeSet<String> = ftl_files("en").into_keys().collect();
    assert_eq!(topics_de, topics_en, "the same .ftl files in locales/de and locales/en");
    let (de, en) = (messages("de"), messages("en"));
    let only_de: Vec<&String> = de.keys().filter(|id| !en.contains_key(*id)).collect();
    let only_en: Vec<&String> = en.keys().filter(|id| !de.contains_key(*id)).collect();
    assert!(only_de.is_empty(), "only in German: {only_de:?}");
    assert!(only_en.is_empty(), "only in English: {only_en:?}");
    for (id, vars) in &de {
        assert_eq!(Some(vars), en.get(id), "{id}: the same arguments in both languages");
    }
    assert!(de.len() > 300, "the catalogues hold every word ({} messages)", de.len());
}

#[test]
fn every_id_the_code_names_exists() {
    let topics: BTreeSet<String> = ftl_files("de").into_keys().collect();
    let de = messages("de");
    let missing: Vec<String> = ids_in_code(&topics)
        .into_iter()
        .filter(|(id, _)| !de.contains_key(id))
        .map(|(id, path)| format!("{id} ({})", path.display()))
        .collect();
    assert!(missing.is_empty(), "ids named in the code but in no catalogue: {missing:?}");
}

#[test]
fn no_inline_language_choice_outside_i18n() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let i18n = root().join("src").join("i18n");
    let offenders: Vec<String> = files
        .iter()
        .filter(|p| !p.starts_with(&i18n))
        .filter(|p| {
            let squeezed: String = std::fs::read_to_string(p).unwrap().chars().filter(|c| !c.is_whitespace()).collect();
            squeezed.contains(".pick(\"")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "lang.pick(\"…\", \"…\") outside src/i18n: {offenders:?}");
}

/// The top-level, comma-separated parts of the macro call that starts at `text` (just after `tr!(`).
fn call_arguments(text: &str) -> Vec<String> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let (mut parts, mut current) = (Vec::new(), String::new());
    for c in text.chars() {
        if in_string {
            current.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current).trim().to_owned());
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current.trim().to_owned());
    parts.retain(|p| !p.is_empty());
    parts
}

#[test]
fn every_lookup_passes_the_arguments_its_message_uses() {
    let de = messages("de");
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let (mut wrong, mut checked) = (Vec::new(), 0);
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let calls = [("tr!(", None), ("counted(", Some(vec!["n"])), ("text(", Some(vec![])), ("word(", Some(vec![]))];
        for (start, fixed) in calls {
            for (at, _) in text.match_indices(start) {
                let args = call_arguments(&text[at + start.len()..]);
                let Some(id) = args.get(1).and_then(|a| a.strip_prefix('"')).and_then(|a| a.strip_suffix('"')) else {
                    continue;
                };
                let given: BTreeSet<String> = match &fixed {
                    Some(names) => names.iter().map(|n| (*n).to_owned()).collect(),
                    None => args
                        .iter()
                        .skip(2)
                        .filter_map(|a| a.split_once('='))
                        .map(|(n, _)| n.trim().to_owned())
                        .collect(),
                };
                checked += 1;
                match de.get(id) {
                    Some(used) if *used != given => {
                        wrong.push(format!("{id} ({}): passes {given:?}, uses {used:?}", path.display()));
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(wrong.is_empty(), "lookups whose arguments differ from their message's: {wrong:#?}");
    assert!(checked > 200, "the lookups were found ({checked})");
}
