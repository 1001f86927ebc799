//! What a user hands the page becomes an article: a plain-text paste, a rich-text paste
//! (`text/html` on the clipboard), or a dropped or picked `.txt`, `.md`, `.html` or `.htm` file.
//!
//! Web pages go through [`crate::html`] (headline first, then the body); Markdown loses its
//! markup (headings, emphasis, links, images, code fences) the way a reader would read it; text
//! is taken as it is. Each source gets a name: the one the user typed, else the site name or
//! headline found, else the file's name. Sizes are checked before a file is read whole.

/// How a piece of input is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// Largest file read, by format, checked before a file is read: text is the article itself
/// (at most [`crate::analysis::MAX_ARTICLE_BYTES`]); a saved page carries about five times its
/// article in markup.
pub fn max_file_bytes(format: Format) -> u64 {
    let article = crate::analysis::MAX_ARTICLE_BYTES as u64;
    match format {
        Format::Html => 5 * article,
        Format::Text | Format::Markdown => article,
    }
}

/// An article ready to add: a suggested source name and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intake {
    pub name: String,
    pub text: String,
}

/// The format of a file, from its name and MIME type; `None` for files that are not articles
/// (images, PDFs, office documents).
pub fn format_of(file_name: &str, mime: &str) -> Option<Format> {
    let lower = file_name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    match (ext, mime) {
        ("html" | "htm" | "xhtml", _) | (_, "text/html" | "application/xhtml+xml") => {
            Some(Format::Html)
        }
        ("md" | "markdown", _) | (_, "text/markdown") => Some(Format::Markdown),
        ("txt" | "text", _) => Some(Format::Text),
        (_, m) if m.is_empty() || m.starts_with("text/") => Some(Format::Text),
        _ => None,
    }
}

/// A file name without its extension ("Reuters story.html" → "Reuters story").
pub fn stem(file_name: &str) -> &str {
    match file_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 8 => stem,
        _ => file_name,
    }
}

/// Reads one input. `fallback_name` names the source when the content names nothing (a file's
/// stem; "pasted" for a paste). Errors say what is wrong in a sentence naming the input.
pub fn read(fallback_name: &str, format: Format, bytes: &[u8]) -> Result<Intake, String> {
    // Text never holds NUL; an image or a document renamed `.txt` does, near its start.
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(format!(
            "{fallback_name}: this is not text (it holds binary data), so it was not added."
        ));
    }
    let raw = crate::html::decode_bytes(bytes);
    let (name, text) = match format {
        Format::Html => {
            let page = crate::html::extract(&raw);
            let name = [&page.meta.site, &page.meta.title]
                .into_iter()
                .find(|s| !s.trim().is_empty())
                .map_or(fallback_name.to_string(), |s| s.trim().to_string());
            (name, page.article_text())
        }
        Format::Markdown => (fallback_name.to_string(), markdown_text(&raw)),
        Format::Text => (fallback_name.to_string(), raw),
    };
    if text.trim().is_empty() {
        return Err(format!("{fallback_name}: no article text was found in it."));
    }
    Ok(Intake { name, text })
}

/// A rich-text paste (`text/html` on the clipboard). A selection copied from a page is a
/// fragment (between `<!--StartFragment-->` and `<!--EndFragment-->` where the system marks
/// it): all its visible text is kept, since the user chose it. A whole document (a page copied
/// with its `<body>`) is read as a page, furniture left out.
pub fn read_paste(html: &str) -> Result<Intake, String> {
    let marked = html
        .split_once("<!--StartFragment-->")
        .map(|(_, rest)| rest.split("<!--EndFragment-->").next().unwrap_or(rest));
    let lower = html.to_ascii_lowercase();
    if marked.is_none() && (lower.contains("<body") || lower.contains("<html")) {
        return read("pasted", Format::Html, html.as_bytes());
    }
    let text = crate::html::fragment_text(marked.unwrap_or(html));
    if text.trim().is_empty() {
        return Err("The pasted text holds no article text.".into());
    }
    Ok(Intake {
        name: "pasted".into(),
        text,
    })
}

/// Markdown read as plain text: `#` heading marks, `>` quote marks, list bullets, emphasis
/// markers, code fences and images dropped; links keep their text (CommonMark's inline forms).
pub fn markdown_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for line in md.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            continue;
        }
        let t = t.trim_start_matches('#').trim_start_matches('>');
        let t = ["- ", "* ", "+ "]
            .iter()
            .find_map(|b| t.trim_start().strip_prefix(b))
            .unwrap_or(t);
        out.push_str(&inline_markdown(t.trim_start()));
        out.push('\n');
    }
    out
}

/// One line's inline Markdown: `![alt](src)` dropped, `[text](url)` → text, `*`/`_`/`` ` ``
/// emphasis markers removed when they wrap a word.
fn inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(['[', '*', '_', '`', '!']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some((text, used)) = link(rest) {
            out.push_str(text);
            rest = &rest[used..];
            continue;
        }
        if rest.starts_with("![") {
            if let Some((_, used)) = link(&rest[1..]) {
                rest = &rest[1 + used..];
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        let prev = out.chars().last();
        let next = rest[c.len_utf8()..].chars().next();
        let wraps = matches!(c, '*' | '_' | '`')
            && (prev.is_none_or(|p| !p.is_alphanumeric())
                || next.is_none_or(|n| !n.is_alphanumeric()));
        if !wraps {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// `[text](url)` at the start of `s`: the text and the bytes taken.
fn link(s: &str) -> Option<(&str, usize)> {
    let close = s.strip_prefix('[')?.find(']')? + 1;
    let after = &s[close + 1..];
    let end = after.strip_prefix('(')?.find(')')? + 1;
    Some((&s[1..close], close + 1 + end + 1))
}

#[cfg(test)]
mod tests {
    use super::{format_of, markdown_text, read, stem, Format};

    #[rustfmt::skip]
    const FORMATS: &[(&str, &str, Option<Format>)] = &[
        ("a.txt", "text/plain", Some(Format::Text)),
        ("a.TXT", "", Some(Format::Text)),
        ("page.html", "text/html", Some(Format::Html)),
        ("page.htm", "", Some(Format::Html)),
        ("saved", "text/html", Some(Format::Html)),
        ("notes.md", "", Some(Format::Markdown)),
        ("notes", "", Some(Format::Text)),
        ("photo.jpg", "image/jpeg", None),
        ("report.pdf", "application/pdf", None),
    ];

    #[test]
    fn pages_may_be_larger_than_texts() {
        use super::max_file_bytes;
        assert_eq!(
            max_file_bytes(Format::Text),
            crate::analysis::MAX_ARTICLE_BYTES as u64
        );
        assert!(max_file_bytes(Format::Html) > max_file_bytes(Format::Markdown));
    }

    #[test]
    fn formats_from_names_and_types() {
        for (name, mime, want) in FORMATS {
            assert_eq!(format_of(name, mime), *want, "{name} {mime}");
        }
    }

    #[rustfmt::skip]
    const MARKDOWN: &[(&str, &str)] = &[
        ("# Dam bursts", "Dam bursts\n"),
        ("> a quote", "a quote\n"),
        ("- first\n* second", "first\nsecond\n"),
        ("Read [the report](https://x.org/r) now.", "Read the report now.\n"),
        ("![a dam](dam.jpg)Text", "Text\n"),
        ("It was *very* __big__ and `odd`.", "It was very big and odd.\n"),
        ("snake_case stays, 2*3 stays", "snake_case stays, 2*3 stays\n"),
        ("```\ncode\n```", "code\n"),
    ];

    #[test]
    fn markdown_reads_as_text() {
        for (md, want) in MARKDOWN {
            assert_eq!(markdown_text(md), *want, "{md:?}");
        }
    }

    #[test]
    fn a_pasted_selection_keeps_all_its_text() {
        let sel = "<meta charset='utf-8'><h2>Dam bursts</h2><p>Rain fell.</p><ul class=related><li><a href=x>More</a></li></ul><script>x</script>";
        assert_eq!(
            super::read_paste(sel).unwrap().text,
            "Dam bursts\n\nRain fell.\n\nMore"
        );
        let win = "<html><body><nav>Menu</nav><!--StartFragment--><p>Rain fell.</p><!--EndFragment--></body></html>";
        assert_eq!(super::read_paste(win).unwrap().text, "Rain fell.");
        assert!(super::read_paste("<p> </p>").is_err());
    }

    #[test]
    fn names_come_from_the_page_then_the_file() {
        let page = b"<html><head><meta property='og:site_name' content='The Courier'></head><body><p>A dam burst on Friday after three days of rain, officials said.</p></body></html>";
        let got = read("saved-page", Format::Html, page).unwrap();
        assert_eq!(got.name, "The Courier");
        assert!(got.text.starts_with("A dam burst"), "{}", got.text);
        let got = read("notes", Format::Text, "caf\u{e9}".as_bytes()).unwrap();
        assert_eq!(
            (got.name.as_str(), got.text.as_str()),
            ("notes", "caf\u{e9}")
        );
        assert_eq!(
            read("latin1", Format::Text, b"caf\xe9").unwrap().text,
            "caf\u{e9}"
        );
        assert_eq!(
            read(
                "empty.html",
                Format::Html,
                b"<html><script>x</script></html>"
            )
            .unwrap_err(),
            "empty.html: no article text was found in it."
        );
        assert_eq!(stem("Reuters story.html"), "Reuters story");
        assert_eq!(stem(".hidden"), ".hidden");
    }
}
