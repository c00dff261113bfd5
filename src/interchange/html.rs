//! HTML in abstracts and biographies reduced to plain text: tags dropped (block tags become line breaks),
//! entities decoded, runs of blank lines folded.

/// Tags after which a line break stands.
const BREAKS: [&str; 9] = ["br", "p", "/p", "div", "/div", "li", "/li", "/h1", "/h2"];

/// The text of an HTML fragment; text without `<` or `&` is returned trimmed as it is.
pub fn to_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return html.trim().to_owned();
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let starts_tag = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        let (true, Some(close)) = (starts_tag, after.find('>')) else {
            // A "<" that opens no tag is text.
            out.push('<');
            rest = after;
            continue;
        };
        let tag = after.get(..close).unwrap_or_default().trim().to_ascii_lowercase();
        let name = tag.split(|c: char| c.is_whitespace() || c == '/' && !tag.starts_with('/')).next().unwrap_or("");
        if BREAKS.contains(&name) || tag.starts_with("br") {
            out.push('\n');
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    let decoded = html_escape::decode_html_entities(&out).replace('\u{a0}', " ");
    let mut folded = String::with_capacity(decoded.len());
    let mut blank = 0;
    for line in decoded.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        folded.push_str(line);
        folded.push('\n');
    }
    folded.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn tags_go_and_entities_are_decoded() {
        assert_eq!(
            to_text("<p>Hallo&nbsp;<b>Welt</b> &amp; Co</p><p>Zweite&#x20;Zeile</p>"),
            "Hallo Welt & Co\n\nZweite Zeile"
        );
        assert_eq!(to_text("a<br/>b<br>c"), "a\nb\nc");
        assert_eq!(to_text("3 < 4 and 5 > 2"), "3 < 4 and 5 > 2");
        assert_eq!(to_text("  plain  "), "plain");
    }
}
