//! What every importer target checks: an import never panics, and whatever it yields survives clash
//! detection, saves as RON and loads back equal, and exports schedule XML that imports again.

use podium::interchange::SourceFormat;

/// Imports `data` in `format` and checks the contract of an import.
pub fn check_import(data: &[u8], format: SourceFormat) {
    let Ok(imported) = podium::interchange::import_bytes(data, format, None) else { return };
    let p = imported.programme;
    let _ = podium::clash::detect(&p);
    let text = match podium::format::to_string(&p) {
        Ok(text) => text,
        Err(e) => panic!("an imported programme does not save: {e}"),
    };
    match podium::format::load_str(&text) {
        Ok(again) => assert_eq!(again, p, "RON round trip changed the imported programme; saved text:\n{text}"),
        Err(e) => panic!("an imported programme does not load back: {e}\n{text}"),
    }
    let opts = podium::export::ExportOptions {
        selection: Default::default(),
        lang: podium::i18n::Lang::De,
        now: chrono::DateTime::UNIX_EPOCH,
    };
    let xml = podium::interchange::to_xml(&p, &opts);
    let _json = podium::interchange::to_json(&p, &opts);
    if let Err(e) = podium::interchange::import_bytes(&xml, SourceFormat::Xml, None) {
        panic!("exported XML does not import again: {e}\n{}", String::from_utf8_lossy(&xml));
    }
}

/// Imports `data` (as XML when `xml`, else JSON) and renders whatever it yields in every export format,
/// public and with drafts, plus both check reports: none may panic or fail to encode.
pub fn check_every_export(data: &[u8], xml: bool) {
    let format = if xml { SourceFormat::Xml } else { SourceFormat::Json };
    let Ok(imported) = podium::interchange::import_bytes(data, format, None) else { return };
    let p = imported.programme;
    let clashes = podium::clash::detect(&p);
    let _ = podium::cli::check_text(podium::i18n::Lang::De, &p, &clashes);
    let _ = podium::cli::check_json(podium::i18n::Lang::En, &p, &clashes);
    for include_drafts in [false, true] {
        let selection = podium::export::Selection { include_drafts, ..Default::default() };
        let opts = podium::export::ExportOptions {
            selection,
            lang: podium::i18n::Lang::De,
            now: chrono::DateTime::UNIX_EPOCH,
        };
        use podium::export::Format;
        for f in [Format::Xml, Format::Json, Format::Ics, Format::Csv, Format::Ron, Format::Html, Format::Pdf] {
            if let Err(e) = podium::export::render(&p, &opts, f, &podium::export::FormatOptions::default()) {
                panic!("{f:?} does not render: {e}");
            }
        }
    }
}
