//! What the schedule import makes of real files and of our own fixtures stays what it was: a table of
//! FNV-1a hashes of the RON each import saves as (with its warnings), plus day, hall, person and session
//! counts for a readable failure, recorded with the DOM importer (roxmltree, `serde_json::Value`) before
//! the streaming one replaced it. Malformed inputs keep failing with the same kind of error at the same
//! line and column. The real files come from `../shared/data` and are skipped (printed) when absent.
//!
//! `PODIUM_PRINT_STABLE=1 cargo test --test import_stable -- --nocapture` prints the table anew.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use podium::export::{ExportOptions, Selection};
use podium::i18n::Lang;
use podium::interchange::{ImportError, SourceFormat, import_bytes, import_str};

/// FNV-1a, 64 bits: stable across Rust versions, unlike `std::hash`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// What one import gave: hash of RON + warnings, and days, halls, people, sessions.
fn fingerprint(text: &[u8], format: SourceFormat, tz: Option<&str>) -> String {
    match import_bytes(text, format, tz) {
        Ok(imported) => {
            let p = &imported.programme;
            let mut bytes = podium::format::to_string(p).unwrap().into_bytes();
            bytes.extend(format!("{:?}", imported.warnings).bytes());
            format!(
                "{:016x} d{} h{} p{} s{} w{}",
                fnv1a(&bytes),
                p.days.len(),
                p.halls.len(),
                p.people.len(),
                p.sessions.len(),
                imported.warnings.len()
            )
        }
        Err(e) => error_print(&e),
    }
}

/// An error's kind and position (the parser's own wording may change; what and where may not).
fn error_print(e: &ImportError) -> String {
    match e {
        ImportError::Syntax { line, col, .. } => format!("syntax {line}:{col}"),
        ImportError::TooManyAttributes { line, col, .. } => format!("attributes {line}:{col}"),
        ImportError::Dtd { line, col } => format!("dtd {line}:{col}"),
        ImportError::DateOutOfRange { at, .. } => format!("date {at:?}"),
        ImportError::NotASchedule => "not-a-schedule".to_owned(),
        ImportError::NotText => "not-text".to_owned(),
        ImportError::Io { .. } => "io".to_owned(),
    }
}

fn check(cases: &[(String, String)], expected: &[(&str, &str)]) {
    if std::env::var_os("PODIUM_PRINT_STABLE").is_some() {
        for (name, got) in cases {
            println!("    ({name:?}, {got:?}),");
        }
        return;
    }
    let mut wrong = Vec::new();
    for (name, got) in cases {
        let want = expected.iter().find(|(n, _)| n == name).map(|(_, w)| *w);
        if want != Some(got.as_str()) {
            wrong.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The real schedules under `../shared/data`, each with the file's zone and with one given.
const SHARED: &[(&str, &str)] = &[
    ("frab-camp2019.json", "64a0720083eb7c7b d5 h2 p90 s79 w0"),
    ("frab-camp2019.json+tz", "64a0720083eb7c7b d5 h2 p90 s79 w0"),
    ("pretalx-democon.json", "7cd8fc07371c0abe d3 h2 p27 s36 w1"),
    ("pretalx-democon.json+tz", "7cd8fc07371c0abe d3 h2 p27 s36 w1"),
    ("wafer-debconf23.xml", "faaff5b6d89964be d8 h5 p87 s117 w0"),
    ("wafer-debconf23.xml+tz", "faaff5b6d89964be d8 h5 p87 s117 w0"),
];

#[test]
fn real_schedules_import_as_before() {
    let mut cases = Vec::new();
    for (file, format) in [
        ("frab-camp2019.json", SourceFormat::Json),
        ("pretalx-democon.json", SourceFormat::Json),
        ("wafer-debconf23.xml", SourceFormat::Xml),
    ] {
        let Some(path) = common::shared(file) else { return };
        let bytes = std::fs::read(path).unwrap();
        cases.push((file.to_owned(), fingerprint(&bytes, format, None)));
        cases.push((format!("{file}+tz"), fingerprint(&bytes, format, Some("America/New_York"))));
    }
    check(&cases, SHARED);
}

/// Every corner of schedule XML the import meets: namespaces and prefixes, comments and processing
/// instructions, entities and character references, CDATA, mixed content (the first text counts), nested
/// elements of the same name, repeated elements (the first counts), empty and whitespace-only values.
const XML_CORNERS: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<!-- before the root: <schedule> -->
<?podium ignore me?>
<schedule xmlns="http://example.org/schedule" xmlns:x="urn:x">
  <generator name=" pretalx "/>
  <x:conference><title>  Ecken &amp; Kanten &#x263A; &#65;&#x42; </title><acronym>ecken</acronym>
    <time_zone_name>Europe/Vienna</time_zone_name><base_url>https://e.example/</base_url>
    <track name="T1" color="#ff0000"/><track>T2 aus Text</track><track name="">T3</track><track/>
    <track name="  "><!-- c -->T5</track><x:track name="T6"/>
    <title>zweiter Titel</title>
  </x:conference>
  <day index="1" date="2024-05-01" start="2024-05-01T08:00:00+02:00" end="2024-05-01T20:00:00+02:00">
    <room name=" Saal &quot;A&quot; &#9;" guid="g1">
      <event id="1" guid="00000000-0000-4000-8000-000000000001" x:id="ignored"><date>2024-05-01T10:00:00+02:00</date>
        <start>10:00</start><duration>01:00</duration>
        <title><![CDATA[CDATA <Titel> & mehr]]> und Text &lt;</title><subtitle>A<!-- geteilt -->B</subtitle>
        <abstract>erst<b>fett</b>danach</abstract><description><i>kein Text zuerst</i>Ende</description>
        <type>lecture</type><track>T1</track><language> de </language><slug> slug-1 </slug><url></url>
        <persons><person id="5" code="ABC" guid="pg">  Ann &lt;Example&gt; </person><x:person id="6">Mit Präfix</x:person>
          <notperson>Niemand</notperson><person id="7"><b>Element</b>Text</person><person id=" 8 ">Acht<?pi?>Neun</person></persons>
        <persons><person id="9">zweite Liste</person></persons>
      </event>
      <wrapper><event id="2"><title>verschachtelt</title></event></wrapper>
      <event id="3"><start>11:00</start><duration>0:30</duration><title>
        Zweites
      </title><persons/><title>anderer Titel</title></event>
      <event id="10"><start>11:30</start><duration>0:15</duration><title><event><title>innen</title></event>Außen</title></event>
      <event id="11"><start>11:45</start><duration>0:15</duration><title>A&#10;B&#13;C</title><abstract><![CDATA[<p>html</p>]]></abstract></event>
    </room>
    <x:room name="Präfixsaal"><event id="4"><start>12:00</start><duration>00:30:00</duration><title>Im Präfixsaal</title></event></x:room>
    <room><event id="12"><start>13:00</start><duration>1:00</duration><title>Saal ohne Namen</title></event></room>
  </day>
  <day date="2024-05-02"><room name="Saal B"><event><start>09:00</start><duration>1:00</duration><title>Tag zwei</title></event></room></day>
  <day index="3"><room name="Saal C"><event><title>ohne Datum</title></event></room></day>
  <conference><title>zweite Konferenz</title></conference>
</schedule>
<!-- after the root -->
"##;

/// The same corners in JSON: numbers and booleans where strings stand, nulls, values of the wrong type,
/// keys given twice (the last counts, in the first one's place), the generator at the top or inside.
const JSON_CORNERS: &str = r##"{
  "$schema": "https://c3voc.de/schedule/schema.json",
  "generator": {"name": "frab", "version": 1},
  "schedule": {
    "version": 1.5, "base_url": "https://b.example/",
    "generator": {"name": "podium"},
    "conference": {
      "acronym": 2024, "title": "  Ecken \u0026 Kanten \ud83d\ude00 ", "title": "Zweiter Titel gilt",
      "time_zone_name": "Europe/Vienna", "start": null, "daysCount": 3,
      "tracks": [{"name": "T1", "color": "#f00"}, {"name": 7}, {"name": null}, "text", [], {"name": true, "color": 1.5}],
      "rooms": [{"name": "Saal A", "guid": "g-a"}, {"name": "Saal Z"}, {"guid": "no-name"}, 3, {"name": " "}],
      "days": [
        {"index": 0, "date": "2024-05-01", "day_start": "2024-05-01T08:00:00+02:00", "day_end": "2024-05-01T20:00:00+02:00",
         "rooms": {
           "Saal A": [
             {"id": 101, "guid": null, "date": "2024-05-01T10:00:00+02:00", "start": "10:00", "duration": "01:00",
              "title": "Erster", "subtitle": 42, "type": "Talk", "track": "T1", "language": "en",
              "abstract": "<p>A</p>", "description": "<p>B</p>", "slug": "s-101", "url": "https://u.example/101",
              "persons": [{"id": 1, "public_name": "Ann", "biography": "<b>Bio</b>"}, {"name": "Bob", "code": "B0B"},
                          {"id": 0, "name": "Null-Id"}, "string person", null, {"public_name": null, "name": "Fallback"},
                          {"guid": "p-g", "public_name": "  "}],
              "links": [{"url": "x"}], "answers": {"deep": [[[1]]]}},
             7, null, [], {"title": null, "id": 1.25e3, "start": "11:00", "duration": 30},
             {"id": -5, "start": "12:00", "end": "2024-05-01T12:45:00+02:00", "title": "mit Ende"},
             {"id": 18446744073709551616, "start": "13:00", "duration": "0:10", "title": "große Zahl", "do_not_record": false}
           ],
           "Saal B": {"not": "a list"},
           " Saal C ": [{"id": 300, "start": "09:00", "duration": "1:00", "title": "in C"}],
           "Saal A": [{"id": 102, "start": "14:00", "duration": "1:00", "title": "A zum zweiten"}]
         }},
        {"index": 1, "date": "2024-05-02", "rooms": []},
        "kein Tag",
        {"index": 2, "date": null, "rooms": {"Saal D": [{"title": "ohne Datum"}]}},
        {"index": 3, "date": "2024-05-03", "rooms": {"Saal A": [{"id": 103, "start": "09:00", "duration": "1:00", "title": "dritter Tag"}]}}
      ]
    }
  }
}"##;

/// A generator only inside `schedule`, a null conference, a room list that is not a list.
const JSON_SMALL: &[(&str, &str)] = &[
    (
        "json-inner-generator",
        r#"{"schedule": {"generator": {"name": "podium"}, "conference": {"title": "x", "days": [{"date": "2024-05-01", "rooms": {"R": [{"title": "t", "start": "10:00", "duration": "1:00", "date": "2024-05-01T10:00:00"}]}}]}}}"#,
    ),
    ("json-null-conference", r#"{"schedule": {"conference": null}}"#),
    ("json-string-conference", r#"{"schedule": {"conference": "x"}}"#),
    ("json-null-generator", r#"{"generator": null, "schedule": {"generator": {"name": "podium"}, "conference": {}}}"#),
    ("json-odd-lists", r#"{"schedule": {"conference": {"tracks": {}, "rooms": "x", "days": {"a": 1}}}}"#),
    ("json-array-root", r#"[{"schedule": {"conference": {}}}]"#),
    ("json-schedule-array", r#"{"schedule": [{"conference": {}}]}"#),
    ("json-no-conference", r#"{"schedule": {"conferences": {}}}"#),
    ("json-bom", "\u{feff}{\"schedule\": {\"conference\": {\"title\": \"BOM\"}}}"),
];

/// Malformed inputs: each must fail, with the same kind of error at the same place.
const MALFORMED: &[(&str, SourceFormat, &str)] = &[
    ("xml-empty", SourceFormat::Xml, ""),
    ("xml-only-space", SourceFormat::Xml, "  \n "),
    ("xml-text", SourceFormat::Xml, "hello"),
    ("xml-unclosed", SourceFormat::Xml, "<schedule><day>\n</schedule>"),
    ("xml-unclosed-root", SourceFormat::Xml, "<schedule>\n  <day/>\n"),
    ("xml-mismatch", SourceFormat::Xml, "<schedule>\n  <day></room>\n</schedule>"),
    ("xml-stray-close", SourceFormat::Xml, "<schedule/>\n</schedule>"),
    ("xml-two-roots", SourceFormat::Xml, "<schedule/>\n<schedule/>"),
    ("xml-text-after-root", SourceFormat::Xml, "<schedule/>\nhello"),
    ("xml-text-before-root", SourceFormat::Xml, "hello <schedule/>"),
    ("xml-duplicate-attribute", SourceFormat::Xml, "<schedule>\n  <day a=\"1\" a=\"2\"/></schedule>"),
    ("xml-unquoted-attribute", SourceFormat::Xml, "<schedule>\n  <day a=1/></schedule>"),
    ("xml-attribute-without-value", SourceFormat::Xml, "<schedule>\n  <day a/></schedule>"),
    ("xml-lt-in-attribute", SourceFormat::Xml, "<schedule>\n  <day a=\"<\"/></schedule>"),
    ("xml-unknown-entity", SourceFormat::Xml, "<schedule>\n  <title>&nbsp;</title></schedule>"),
    ("xml-unknown-entity-attribute", SourceFormat::Xml, "<schedule>\n  <day date=\"&nbsp;\"/></schedule>"),
    ("xml-bare-ampersand", SourceFormat::Xml, "<schedule>\n  <title>a & b</title></schedule>"),
    ("xml-bad-char-ref", SourceFormat::Xml, "<schedule>\n  <title>&#0;</title></schedule>"),
    ("xml-huge-char-ref", SourceFormat::Xml, "<schedule>\n  <title>&#x110000;</title></schedule>"),
    ("xml-control-char", SourceFormat::Xml, "<schedule>\n  <title>a\u{1}b</title></schedule>"),
    ("xml-control-char-attribute", SourceFormat::Xml, "<schedule>\n  <day date=\"a\u{1}b\"/></schedule>"),
    ("xml-unknown-prefix", SourceFormat::Xml, "<schedule>\n  <y:day/></schedule>"),
    ("xml-unknown-attribute-prefix", SourceFormat::Xml, "<schedule>\n  <day y:a=\"1\"/></schedule>"),
    ("xml-bad-name", SourceFormat::Xml, "<schedule>\n  <1day/></schedule>"),
    ("xml-bad-comment", SourceFormat::Xml, "<schedule>\n  <!-- a -- b --></schedule>"),
    ("xml-unclosed-comment", SourceFormat::Xml, "<schedule>\n  <!-- a </schedule>"),
    ("xml-unclosed-cdata", SourceFormat::Xml, "<schedule>\n  <![CDATA[ a </schedule>"),
    ("xml-late-declaration", SourceFormat::Xml, "\n<?xml version=\"1.0\"?><schedule/>"),
    ("xml-bad-declaration", SourceFormat::Xml, "<?xml version=\"x\"?><schedule/>"),
    ("xml-dtd", SourceFormat::Xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule>\n<schedule/>"),
    ("xml-dtd-entities", SourceFormat::Xml, "<!DOCTYPE s [<!ENTITY a \"b\">]>\n<schedule>&a;</schedule>"),
    ("xml-unclosed-tag", SourceFormat::Xml, "<schedule>\n  <day date=\"1\"</schedule>"),
    ("xml-eof-in-tag", SourceFormat::Xml, "<schedule>\n  <day"),
    ("xml-not-schedule", SourceFormat::Xml, "<?xml version=\"1.0\"?><programme/>"),
    ("xml-prefixed-root", SourceFormat::Xml, "<s:schedule xmlns:s=\"urn:s\"/>"),
    ("xml-cdata-outside-root", SourceFormat::Xml, "<![CDATA[x]]><schedule/>"),
    ("xml-end-tag-space", SourceFormat::Xml, "<schedule></schedule >"),
    ("xml-end-tag-attribute", SourceFormat::Xml, "<schedule></schedule a=\"1\">"),
    ("xml-xmlns-bad", SourceFormat::Xml, "<schedule xmlns:xmlns=\"urn:x\"/>"),
    ("json-empty", SourceFormat::Json, ""),
    ("json-truncated", SourceFormat::Json, "{\"schedule\": {\n"),
    ("json-double-comma", SourceFormat::Json, "{\"schedule\": [1,,]}"),
    ("json-trailing-comma", SourceFormat::Json, "{\"schedule\": {\"conference\": {\"title\": \"äöü€\", }}}"),
    ("json-trailing-data", SourceFormat::Json, "{\"schedule\": {\"conference\": {}}} x"),
    ("json-bad-escape", SourceFormat::Json, "{\"schedule\": {\"conference\": {\"title\": \"\\x\"}}}"),
    ("json-lone-surrogate", SourceFormat::Json, "{\"schedule\": {\"conference\": {\"title\": \"\\ud800\"}}}"),
    ("json-control-in-string", SourceFormat::Json, "{\"schedule\": {\"conference\": {\"title\": \"a\u{1}\"}}}"),
    ("json-deep", SourceFormat::Json, "PLACEHOLDER"),
    ("json-deep-inside", SourceFormat::Json, "PLACEHOLDER"),
    ("json-number-too-big", SourceFormat::Json, "{\"schedule\": {\"conference\": {\"title\": 1e400}}}"),
    ("json-not-schedule", SourceFormat::Json, "{\"hello\": 1}"),
    ("json-scalar-root", SourceFormat::Json, "42"),
    (
        "json-date-out-of-range",
        SourceFormat::Json,
        r#"{"schedule": {"conference": {"days": [{"date": "+262142-01-01", "rooms": {}}]}}}"#,
    ),
    ("json-nan", SourceFormat::Json, "{\"schedule\": NaN}"),
    ("json-unquoted-key", SourceFormat::Json, "{schedule: 1}"),
    ("json-mid-string-eof", SourceFormat::Json, "{\"schedule\": {\"conference\": {\"title\": \"abc"),
];

fn malformed_text(name: &str, text: &str) -> String {
    match name {
        "json-deep" => format!("{}{}", "[".repeat(200), "]".repeat(200)),
        "json-deep-inside" => format!(
            "{{\"schedule\": {{\"conference\": {{\"days\": [{{\"rooms\": {{\"A\": [{{\"persons\": [{}{}]}}]}}}}]}}}}}}",
            "[".repeat(200),
            "]".repeat(200)
        ),
        _ => text.to_owned(),
    }
}

/// Fixtures of our own, each with the file's zone and with one given.
const FIXTURES: &[(&str, &str)] = &[
    ("draft.json", "5465a3efe4d94b99 d3 h10 p35 s33 w0"),
    ("draft.xml", "362cf1a961c7c8b7 d3 h10 p35 s33 w0"),
    ("json-array-root", "not-a-schedule"),
    ("json-bom", "aa85b8be963c7c1e d0 h0 p0 s0 w1"),
    ("json-corners", "70d64653a993a768 d3 h4 p0 s3 w2"),
    ("json-corners+tz", "70d64653a993a768 d3 h4 p0 s3 w2"),
    ("json-inner-generator", "3a2eaf3a127219bb d1 h1 p0 s1 w1"),
    ("json-no-conference", "not-a-schedule"),
    ("json-null-conference", "b25cf3571e92b4fc d0 h0 p0 s0 w1"),
    ("json-null-generator", "b25cf3571e92b4fc d0 h0 p0 s0 w1"),
    ("json-odd-lists", "b25cf3571e92b4fc d0 h0 p0 s0 w1"),
    ("json-schedule-array", "not-a-schedule"),
    ("json-string-conference", "b25cf3571e92b4fc d0 h0 p0 s0 w1"),
    ("public.json", "9526af97e480dda0 d3 h10 p35 s33 w0"),
    ("public.xml", "32d5eb9aeaf7bcda d3 h10 p35 s33 w0"),
    ("synthetic.json", "ddc5be0e585557aa d3 h125 p1500 s2989 w0"),
    ("synthetic.xml", "d4da03315df9c6f3 d3 h125 p1500 s2989 w0"),
    ("xml-corners", "8dc2eee0ad83c5c1 d2 h4 p3 s7 w2"),
    ("xml-corners+tz", "8dc2eee0ad83c5c1 d2 h4 p3 s7 w2"),
];

#[test]
fn our_fixtures_import_as_before() {
    let mut cases = Vec::new();
    let corners = [("xml-corners", SourceFormat::Xml, XML_CORNERS), ("json-corners", SourceFormat::Json, JSON_CORNERS)];
    for (name, format, text) in corners {
        cases.push((name.to_owned(), fingerprint(text.as_bytes(), format, None)));
        cases.push((format!("{name}+tz"), fingerprint(text.as_bytes(), format, Some("America/New_York"))));
    }
    for (name, text) in JSON_SMALL {
        cases.push(((*name).to_owned(), fingerprint(text.as_bytes(), SourceFormat::Json, None)));
    }
    let everything = ExportOptions {
        selection: Selection { include_drafts: true, ..Selection::default() },
        lang: Lang::En,
        now: common::now(),
        release: Default::default(),
    };
    let public = ExportOptions {
        selection: Selection::default(),
        lang: Lang::De,
        now: common::now(),
        release: Default::default(),
    };
    let draft = common::draft();
    let sample = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let synthetic = podium::synth::programme(3_000, 11);
    for (name, p, opts) in
        [("draft", &draft, &everything), ("public", &sample, &public), ("synthetic", &synthetic, &everything)]
    {
        let xml = podium::interchange::to_xml(p, opts);
        let json = podium::interchange::to_json(p, opts);
        cases.push((format!("{name}.xml"), fingerprint(&xml, SourceFormat::Xml, None)));
        cases.push((format!("{name}.json"), fingerprint(&json, SourceFormat::Json, None)));
    }
    check(&cases, FIXTURES);
}

/// Errors of the malformed inputs, by name. Where the streaming reader places an error elsewhere than
/// the DOM reader did (or refuses what it let through), the comment says what it was.
const ERRORS: &[(&str, &str)] = &[
    ("json-bad-escape", "syntax 1:41"),
    ("json-control-in-string", "syntax 1:41"),
    ("json-date-out-of-range", "date Some((1, 49))"),
    // DOM reader: 1:128, "recursion limit exceeded" (a `Value` tree nests 128 deep); values the import does
    // not read are now skipped without recursion (serde_json's `IgnoredAny`), so depth is no limit there.
    ("json-deep", "not-a-schedule"),
    // DOM reader: 1:187, the same limit.
    ("json-deep-inside", "imported"),
    ("json-double-comma", "syntax 1:17"),
    ("json-empty", "syntax 1:1"),
    ("json-lone-surrogate", "syntax 1:46"),
    ("json-mid-string-eof", "syntax 1:42"),
    ("json-nan", "syntax 1:14"),
    ("json-not-schedule", "not-a-schedule"),
    ("json-number-too-big", "syntax 1:43"),
    ("json-scalar-root", "not-a-schedule"),
    ("json-trailing-comma", "syntax 1:47"),
    ("json-trailing-data", "syntax 1:34"),
    ("json-truncated", "syntax 2:1"),
    ("json-unquoted-key", "syntax 1:2"),
    ("xml-attribute-without-value", "syntax 2:9"),
    ("xml-bad-char-ref", "syntax 2:10"),
    // DOM reader: 2:3, the comment's start; now the `--`.
    ("xml-bad-comment", "syntax 2:10"),
    ("xml-bad-declaration", "imported"),
    ("xml-bad-name", "syntax 2:4"),
    ("xml-bare-ampersand", "syntax 2:12"),
    // DOM reader: 1:2; now the CDATA's start.
    ("xml-cdata-outside-root", "syntax 1:1"),
    ("xml-control-char", "syntax 2:11"),
    ("xml-control-char-attribute", "syntax 2:15"),
    ("xml-dtd", "dtd 2:1"),
    ("xml-dtd-entities", "dtd 1:1"),
    ("xml-duplicate-attribute", "syntax 2:14"),
    ("xml-empty", "syntax 1:1"),
    // DOM reader: 1:22, the attribute; now the end tag that does not match.
    ("xml-end-tag-attribute", "syntax 1:11"),
    ("xml-end-tag-space", "imported"),
    // DOM reader: 1:1, no position; now the unfinished tag.
    ("xml-eof-in-tag", "syntax 2:3"),
    // DOM reader: imported (as U+FFFD).
    ("xml-huge-char-ref", "syntax 2:10"),
    ("xml-late-declaration", "syntax 2:1"),
    ("xml-lt-in-attribute", "syntax 2:11"),
    ("xml-mismatch", "syntax 2:8"),
    ("xml-not-schedule", "not-a-schedule"),
    ("xml-only-space", "syntax 1:1"),
    ("xml-prefixed-root", "imported"),
    ("xml-stray-close", "syntax 2:1"),
    ("xml-text", "syntax 1:1"),
    ("xml-text-after-root", "syntax 2:1"),
    ("xml-text-before-root", "syntax 1:1"),
    ("xml-two-roots", "syntax 2:1"),
    ("xml-unclosed", "syntax 2:1"),
    // DOM reader: 2:26, the end of the input; now where the CDATA opens.
    ("xml-unclosed-cdata", "syntax 2:3"),
    // DOM reader: 2:21, the end of the input; now where the comment opens.
    ("xml-unclosed-comment", "syntax 2:3"),
    ("xml-unclosed-root", "syntax 1:1"),
    // DOM reader: 2:16, the `<` inside the tag; now where `=` is missing after `</schedule`.
    ("xml-unclosed-tag", "syntax 2:26"),
    ("xml-unknown-attribute-prefix", "syntax 2:8"),
    ("xml-unknown-entity", "syntax 2:10"),
    ("xml-unknown-entity-attribute", "syntax 2:14"),
    ("xml-unknown-prefix", "syntax 2:4"),
    ("xml-unquoted-attribute", "syntax 2:10"),
    ("xml-xmlns-bad", "imported"),
];

#[test]
fn malformed_inputs_fail_as_before() {
    let cases: Vec<(String, String)> = MALFORMED
        .iter()
        .map(|(name, format, text)| {
            let text = malformed_text(name, text);
            let got = match import_str(&text, *format, None) {
                Ok(_) => "imported".to_owned(),
                Err(e) => error_print(&e),
            };
            ((*name).to_owned(), got)
        })
        .collect();
    check(&cases, ERRORS);
}

/// The messages a user reads keep their form: the position once, at the front.
#[test]
fn error_messages_name_the_position_once() {
    for (name, format, text) in MALFORMED {
        let text = malformed_text(name, text);
        let Err(e @ ImportError::Syntax { line, col, .. }) = import_str(&text, *format, None) else { continue };
        let shown = podium::i18n::import_error(Lang::En, &e);
        assert!(shown.starts_with(&format!("line {line}, column {col}: ")), "{name}: {shown}");
        assert_eq!(shown.matches(&format!("{line}:{col}")).count(), 0, "{name}: {shown}");
        assert!(shown.len() > format!("line {line}, column {col}: ").len(), "{name}: a message: {shown}");
    }
}
