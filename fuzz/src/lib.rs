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
