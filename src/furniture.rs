//! Page furniture: what a web page wraps around an article's text and a copy-paste carries
//! along — gallery labels and counters ("Hide Caption 2 of 14"), photo credits ("(Photo:
//! Getty Images)", "Stephen Shankland/CNET", "REUTERS/ Stringer"), bylines, link and widget
//! lines ("Read more:", "More: …", "Advertisement Continue reading the main story",
//! "Skip Twitter post by …", "Newsletter Sign Up"), copyright lines and bracketed related
//! headlines. None of it is the story: its names are not the story's entities, its numbers not
//! its figures.
//!
//! [`spans_of`] finds it on the normalised view; [`crate::text::Text`] blanks those bytes before
//! segmenting, so no extractor reads them while every other offset stays where it was. The
//! patterns are the conventions of the wire services and publishers the news-cluster data set
//! draws on (AP, Reuters, AFP, CNN, BBC, the New York Times, USA Today, the Daily Mail): each
//! is a class of line, not a phrase of one article.

use crate::span::Span;

/// Lines that are furniture from their first words on (compared without case, at a word
/// boundary). Labels of widgets, links, galleries and credits.
const LINE_STARTS: &[&str] = &[
    "advertisement",
    "continue reading",
    "scroll down for video",
    "read more",
    "also read",
    "recommended:",
    "read or share this story",
    "more from",
    "more:",
    "related:",
    "related coverage",
    "see also:",
    "watch:",
    "watch video",
    "video:",
    "photo:",
    "image:",
    "skip twitter post",
    "end of twitter post",
    "skip instagram post",
    "end of instagram post",
    "skip facebook post",
    "end of facebook post",
    "share this",
    "share on",
    "share or comment",
    "newsletter sign up",
    "sign up for",
    "subscribe to",
    "get digital access",
    "re-enter zip code",
    "invalid email address",
    "view all",
    "trending right now",
    "top deals",
    "click here",
    "follow us",
    "copyright",
    "all rights reserved",
    "this material may not be published",
    "enlarge image",
    "hide caption",
    "show all",
    "+ show all",
    "live updates",
    "this is a breaking news story",
];

/// Whole lines that are one credit or label ("Photo", "Reuters", "Getty Images").
const LINES: &[&str] = &[
    "photo",
    "photos",
    "image",
    "video",
    "reuters",
    "ap",
    "afp",
    "getty",
    "getty images",
    "shutterstock",
    "epa",
    "pa",
    "rex",
    "rex features",
];

/// Labels that open a credit inside a line and run to its end or to the closing bracket
/// ("… rally in Seoul. Photo: AP", "(Photo: Getty Images)").
const CREDIT_LABELS: &[&str] = &[
    "ap photo/",
    "photo by",
    "photo:",
    "photos:",
    "image:",
    "picture:",
    "credit:",
    "photograph:",
    "image copyright",
    "image source",
    "courtesy of",
];

/// The furniture spans of a normalised text, in order, not overlapping.
pub fn spans_of(norm: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let title = gallery_title(norm);
    let mut pos = 0;
    for line in norm.split('\n') {
        let start = pos;
        pos += line.len() + 1;
        let lead = line.len() - line.trim_start().len();
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        let at = start + lead;
        if is_furniture_line(body) {
            out.push(Span::new(at, at + body.len()));
            continue;
        }
        // a caption keeps its text, loses its label and credit
        if let Some(n) = caption_label(body, title) {
            out.push(Span::new(at, at + n));
        }
        inline(body, at, &mut out);
    }
    slideshows(norm, &mut out);
    // in order, overlapping spans merged ("(AP Photo/Richard Drew)" is found as a bracketed
    // credit and as a credit label)
    out.sort_unstable();
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for s in out {
        match merged.last_mut() {
            Some(m) if s.start <= m.end => m.end = m.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// A slideshow widget (The Independent's and the Evening Standard's page style): its title, a
/// "34 show all UK news in pictures" control, then captions numbered "1/34" … "34/34", on one
/// line each or run together. The whole widget is furniture, captions too: pictures of other
/// stories ("UK news in pictures") as often as of this one, and never the article's text.
fn slideshows(norm: &str, out: &mut Vec<Span>) {
    let mut from = 0;
    while let Some(i) = norm[from..].find(" show all ") {
        let at = from + i;
        from = at + " show all ".len();
        // the count before "show all", at a line's or a word's start
        let head = &norm[..at];
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let start = at - digits;
        if digits == 0 || digits > 3 || !(start == 0 || head[..start].ends_with([' ', '\n'])) {
            continue;
        }
        let n = &head[start..];
        // the last caption, "34/34", and the rest of its line
        let last = format!("{n}/{n} ");
        let Some(j) = norm[from..].find(&last).filter(|&j| j < 40_000) else {
            continue;
        };
        let tail = from + j;
        let end = norm[tail..].find('\n').map_or(norm.len(), |k| tail + k);
        // the title line right before, when it repeats the control's title
        let line_start = head[..start].rfind('\n').map_or(0, |k| k + 1);
        let title = norm[from..].split('\n').next().unwrap_or("");
        let prev_start = head[..line_start.saturating_sub(1)]
            .rfind('\n')
            .map_or(0, |k| k + 1);
        let prev = norm[prev_start..line_start.saturating_sub(1)].trim();
        // the title right before, on the line above or ahead on this one, when it repeats the
        // control's title
        let same_line = head[line_start..start].trim();
        let repeats = |t: &str| !t.is_empty() && title.starts_with(t);
        let begin = if repeats(same_line) {
            line_start
        } else if line_start > 0 && same_line.is_empty() && repeats(prev) {
            prev_start
        } else {
            start
        };
        out.push(Span::new(begin, end));
        from = end;
    }
}

/// The title a gallery repeats before each caption ("Photos: North Korea launches rocket"):
/// the words the lines opening with "Photos:" share, when two or more do.
fn gallery_title(norm: &str) -> Option<&str> {
    let mut lines = norm
        .lines()
        .map(str::trim)
        .filter(|l| starts_with_word(l, "photos:"));
    let first = lines.next()?;
    let mut common = first.len();
    let mut more = false;
    for l in lines {
        more = true;
        common = first
            .bytes()
            .zip(l.bytes())
            .take(common)
            .take_while(|(a, b)| a == b)
            .count();
    }
    while !first.is_char_boundary(common) {
        common -= 1;
    }
    // back to a word boundary
    let cut = if common < first.len() {
        first[..common].rfind(' ').unwrap_or(0)
    } else {
        common
    };
    (more && cut > "photos:".len()).then(|| &first[..cut])
}

/// The length of a caption's label and credit at the start of `line`: "Image copyright
/// Getty Images Image caption", "Media playback is unsupported on your device Media
/// caption", "© REUTERS/ Stringer", a gallery's "Photos:" and its title.
fn caption_label(line: &str, title: Option<&str>) -> Option<usize> {
    const CAPTION: &str = "image caption";
    const MEDIA: &str = "media playback is unsupported on your device";
    let lower = line.to_ascii_lowercase();
    if starts_with_word(line, "image copyright") {
        return Some(
            lower
                .find(CAPTION)
                .map_or(line.len(), |i| i + CAPTION.len()),
        );
    }
    if starts_with_word(line, MEDIA) {
        let rest = line[MEDIA.len()..].trim_start();
        let skip = line.len() - rest.len();
        return Some(if starts_with_word(rest, "media caption") {
            skip + "media caption".len()
        } else {
            skip
        });
    }
    if let Some(t) = title.filter(|t| line.starts_with(t)) {
        return Some(t.len());
    }
    if starts_with_word(line, "photos:") {
        return Some("photos:".len());
    }
    if line.starts_with('©') {
        // the credit runs to the word after its slash ("© REUTERS/ Stringer"); a short line is
        // all credit
        let slash = line.find('/').filter(|&i| i < 40);
        return Some(match slash {
            Some(i) => {
                let rest = &line[i + 1..];
                let word = rest.trim_start();
                let skip = rest.len() - word.len();
                i + 1 + skip + word.find(' ').unwrap_or(word.len())
            }
            None if line.split_whitespace().count() <= 12 => line.len(),
            None => '©'.len_utf8(),
        });
    }
    caps_credit(line)
}

/// Picture agencies whose name, in capitals, opens a caption ("GETTY Bitcoin has fallen",
/// "VLERICK BUSINESS SCHOOL•GETTY Bitcoin price: ...", "REUTERS Police at the scene"): names
/// prose writes in mixed case ("Reuters reported"), so in capitals before a caption they are a
/// credit. Agencies prose itself writes in capitals (AP, AFP, EPA, PA) count only after other
/// credit words ("AP PHOTO", "SCHOOL•AFP").
const AGENCIES: &[&str] = &[
    "GETTY",
    "REUTERS",
    "SHUTTERSTOCK",
    "ALAMY",
    "REX",
    "SPLASH",
    "BARCROFT",
    "WENN",
    "IMAGES",
    "PHOTO",
    "PICTURE",
];
const CAPS_AGENCIES: &[&str] = &["AP", "AFP", "EPA", "PA"];

/// The length of a credit in capitals opening a caption line: words in capitals, joined by
/// spaces, bullets or slashes, the last an agency's, before the caption's capitalised first
/// word.
fn caps_credit(line: &str) -> Option<usize> {
    // the one agency copy names in mixed case before a caption ("Getty Images Romain Grosjean
    // crashed", "AFP/Getty Images The Williams team")
    for lead in ["AFP/Getty Images", "Getty Images", "Getty"] {
        if let Some(rest) = line.strip_prefix(lead).filter(|r| r.starts_with(' ')) {
            let caption = rest.trim_start().starts_with(char::is_uppercase);
            return caption.then_some(lead.len());
        }
    }
    let i = line.find(char::is_lowercase)?;
    let word_start = line[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ' ' | '•' | '/'))
        .map_or(0, |(j, c)| j + c.len_utf8());
    if !line[word_start..].starts_with(char::is_uppercase) {
        return None;
    }
    let credit = line[..word_start].trim_end_matches([' ', '•', '/']);
    let words: Vec<&str> = credit
        .split([' ', '•', '/'])
        .filter(|w| !w.is_empty())
        .collect();
    let agency = match words.as_slice() {
        [.., last] if AGENCIES.contains(last) => true,
        [_, .., last] => CAPS_AGENCIES.contains(last),
        _ => false,
    };
    (agency && words.iter().all(|w| !w.chars().any(char::is_lowercase))).then_some(credit.len())
}

/// Whether `a` starts with `prefix`, without case, at a word boundary.
fn starts_with_word(a: &str, prefix: &str) -> bool {
    a.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
        && a[prefix.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() || !prefix.ends_with(char::is_alphanumeric))
}

fn is_furniture_line(line: &str) -> bool {
    let bare = line.trim_end_matches([':', '.', '|']).trim();
    LINE_STARTS.iter().any(|p| starts_with_word(line, p))
        || LINES.iter().any(|l| bare.eq_ignore_ascii_case(l))
        || is_byline(line)
        || is_credit(line)
        || is_bracketed(line)
        || is_contact(line)
}

/// What a reader contact line asks ("Email us at tips@… or call …", "Got a story? Email …",
/// "Do you have a story for The Sun Online news team?"): tabloid and local pages close their
/// articles with one.
const CONTACT_ASKS: &[&str] = &[
    "email us",
    "e-mail us",
    "contact us",
    "call us",
    "write to us",
    "send us",
    "get in touch",
    "got a story",
    "have a story",
    "email the author",
    "email the reporter",
];

/// A reader contact line: asks the reader to get in touch, gives an email address and is short
/// (no article sentence is an address and an invitation).
fn is_contact(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let address = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    };
    let lower = line.to_lowercase();
    words.len() <= 40 && CONTACT_ASKS.iter().any(|p| lower.contains(p)) && words.iter().any(address)
}

/// "By Emma Batha", "By Jane Doe and John Roe, CNN": a line opening with "By" and naming no
/// more than a few capitalised words.
fn is_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.first() == Some(&"By")
        && (2..=8).contains(&words.len())
        && words[1..].iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty() || w.starts_with(char::is_uppercase) || matches!(w, "and" | "in")
        })
        && !line.ends_with(['.', '?', '!', '"'])
}

/// A short line that is a photographer and an agency or desk ("Stephen Shankland/CNET",
/// "REUTERS/ Stringer", "(Lucy Pasha Robinson / The Independent)", "AP Photo/Ahn Young-joon").
fn is_credit(line: &str) -> bool {
    let inner = line.trim_matches(|c| c == '(' || c == ')').trim();
    let words = inner.split_whitespace().count();
    inner.contains('/')
        && words <= 8
        && !inner.contains("://")
        && !inner.ends_with(['.', '?', '!'])
        && !inner.contains(". ")
        && inner.split('/').all(|side| {
            side.trim().starts_with(char::is_uppercase) && side.split_whitespace().count() <= 5
        })
}

/// A related headline set in brackets ("[China backs U.N. move to denounce North Korea]").
fn is_bracketed(line: &str) -> bool {
    line.starts_with('[') && line.ends_with(']') && !line[1..line.len() - 1].contains(['[', ']'])
}

/// Bracketed credits inside a line: "(Richard Drew, File/Associated Press)", "(Photo: X)"
/// (below), each a photographer and an agency around a slash.
fn bracketed_credits(line: &str, at: usize, out: &mut Vec<Span>) {
    let mut from = 0;
    while let Some(i) = line[from..].find('(') {
        let s = from + i;
        let Some(j) = line[s..].find(')') else { break };
        let e = s + j + 1;
        if is_credit(&line[s..e]) {
            out.push(Span::new(at + s, at + e));
        }
        from = e;
    }
}

/// Picture agencies a caption line ends with, unpunctuated ("… the engagement of Prince Harry
/// and Meghan Markle Rex"): British and agency caption style puts the credit last.
const TRAILING_AGENCIES: &[&str] = &[
    "Rex Features",
    "REX/Shutterstock",
    "Rex/Shutterstock",
    "Shutterstock",
    "Rex",
    "Getty Images",
    "Getty",
    "PA Wire",
    "Alamy",
    "EPA",
    "AFP",
    "PA",
    "Reuters",
];

/// The length of an agency credit ending a caption line: the line has four words or more and
/// no closing punctuation (prose ends its sentences; a caption need not).
fn trailing_credit(line: &str) -> Option<usize> {
    let body = line.trim_end();
    if body.ends_with(['.', '!', '?', '"', '\u{201D}', ':', ')'])
        || body.split_whitespace().count() < 4
    {
        return None;
    }
    let a = TRAILING_AGENCIES.iter().find(|a| {
        // after a space or a photographer's or agency's slash ("AFP/Getty Images"), not
        // after an initial or a list ("T. Rex", "AP, Rex")
        body.strip_suffix(**a).is_some_and(|r| {
            r.ends_with('/') || (r.ends_with(' ') && !r.trim_end().ends_with([',', '.']))
        })
    })?;
    // the credit runs back over the words glued to it by slashes
    let r = &body[..body.len() - a.len()];
    let glued = if r.ends_with('/') {
        r.len() - r.rfind(' ').map_or(0, |i| i + 1)
    } else {
        0
    };
    // "… via Getty Images"
    let via = r.strip_suffix("via ").map_or(0, |_| "via ".len());
    Some(line.len() - body.len() + a.len() + glued + via)
}

/// Furniture inside a line: gallery counters ("Hide Caption 2 of 14"), bracketed credits
/// ("(Photo: Getty Images)") and a credit that ends a caption ("… in Seoul. Photo: AP").
fn inline(line: &str, at: usize, out: &mut Vec<Span>) {
    bracketed_credits(line, at, out);
    if let Some(n) = trailing_credit(line) {
        out.push(Span::new(at + line.len() - n, at + line.len()));
    }
    let lower = line.to_ascii_lowercase();
    // "Hide Caption 2 of 14"
    let mut from = 0;
    while let Some(i) = lower[from..].find("hide caption") {
        let s = from + i;
        let mut e = s + "hide caption".len();
        let rest = &line[e..];
        if let Some(n) = counter_len(rest) {
            e += n;
        }
        out.push(Span::new(at + s, at + e));
        from = e;
    }
    for label in CREDIT_LABELS {
        let mut from = 0;
        while let Some(i) = lower[from..].find(label) {
            let s = from + i;
            from = s + label.len();
            let word_start = s == 0 || !line[..s].ends_with(char::is_alphanumeric);
            if !word_start {
                continue;
            }
            let bracketed = line[..s].ends_with('(');
            let end = if bracketed {
                line[s..].find(')').map(|j| s + j + 1)
            } else {
                // to the end of the line, when what follows is short and has no sentence
                let tail = &line[from..];
                (tail.split_whitespace().count() <= 6 && !tail.trim_end().ends_with(['.', '"']))
                    .then_some(line.len())
            };
            if let Some(e) = end {
                let s = if bracketed { s - 1 } else { s };
                out.push(Span::new(at + s, at + e));
                from = e;
            }
        }
    }
}

/// The length of a gallery counter (" 2 of 14") at the start of `s`.
fn counter_len(s: &str) -> Option<usize> {
    let t = s.trim_start();
    let skip = s.len() - t.len();
    let mut parts = t.splitn(4, ' ');
    let (a, of, b) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit());
    let b_core = b.trim_end_matches(|c: char| !c.is_ascii_digit());
    (digits(a) && of == "of" && digits(b_core))
        .then(|| skip + a.len() + 1 + of.len() + 1 + b_core.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The furniture of a text, as strings.
    fn found(text: &str) -> Vec<&str> {
        spans_of(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[rustfmt::skip]
    #[test]
    fn furniture_of_news_pages() {
        // one line per case: text, the furniture found in it
        let cases: &[(&str, &[&str])] = &[
            ("Kim Jong Un watched. Hide Caption 2 of 14", &["Hide Caption 2 of 14"]),
            ("Photos: Rocket launch Kim watched. Hide Caption 1 of 2\nPhotos: Rocket launch The rocket flew.", &["Photos: Rocket launch", "Hide Caption 1 of 2", "Photos: Rocket launch"]),
            ("Photos: Kim watched.", &["Photos:"]),
            ("Image copyright Getty Images Image caption Kill Bill was released in 2003", &["Image copyright Getty Images Image caption"]),
            ("Media playback is unsupported on your device Media caption The tram derailed", &["Media playback is unsupported on your device Media caption"]),
            ("© REUTERS/ Stringer The Long March-5 Y2 rocket takes off.", &["© REUTERS/ Stringer"]),
            ("© 2018 Cable News Network", &["© 2018 Cable News Network"]),
            ("GETTY Bitcoin has fallen to its lowest point", &["GETTY"]),
            ("VLERICK BUSINESS SCHOOL•GETTY Bitcoin price: Simon Taylor said", &["VLERICK BUSINESS SCHOOL•GETTY"]),
            ("NATO allies met in Brussels on Monday.", &[]),
            ("AP reported the deal on Monday.", &[]),
            ("NASA Administrator Jim Bridenstine said", &[]),
            ("AFP Police at the scene", &[]),
            ("Traders work on the floor. (AP Photo/Richard Drew)", &["(AP Photo/Richard Drew)"]),
            ("ALSO READ: US stocks fall", &["ALSO READ: US stocks fall"]),
            ("when funds return. (Richard Drew, File/Associated Press)", &["(Richard Drew, File/Associated Press)"]),
            ("Getty Images Romain Grosjean crashed on lap one", &["Getty Images"]),
            ("Sales rose (in 2017/2018) as expected.", &[]),
            ("•Stock market turmoil – live coverage", &[]),
            ("GETTY•Bitcoin fell", &["GETTY"]),
            // an agency ending an unpunctuated caption line
            ("The engagement of Prince Harry and Meghan Markle Rex\nThe tram crashed.", &["Rex"]),
            ("Police at the scene in Croydon Getty Images", &["Getty Images"]),
            ("He met the T. Rex", &[]),
            // a slideshow widget, its title and every caption
            ("It crashed.\nUK news in pictures\n2 show all UK news in pictures\n1/2 A man waves AP\n2/2 A sign Rex Features\nPolice said more.", &["UK news in pictures\n2 show all UK news in pictures\n1/2 A man waves AP\n2/2 A sign Rex Features"]),
            ("It crashed.\nCroydon Tram derailment 2 show all Croydon Tram derailment 1/2 The scene PA 2/2 Police at the site Ben Morgan\nThe brigade said.", &["Croydon Tram derailment 2 show all Croydon Tram derailment 1/2 The scene PA 2/2 Police at the site Ben Morgan"]),
            ("We show all 3 of them.", &[]),
            ("Ghana's President outside number 10 Downing Street EPA", &["EPA"]),
            ("Black Friday sales on Oxford Street AFP/Getty Images", &["AFP/Getty Images"]),
            ("Fans at King Power Stadium Plumb Images/Leicester City FC via Getty Images", &["via Getty Images"]),
            ("Police said it was Rex.", &[]),
            ("Kids using smartphones. (Photo: Getty Images)", &["(Photo: Getty Images)"]),
            ("A rally in Seoul. Photo: AP", &["Photo: AP"]),
            ("Advertisement Continue reading the main story\nHe said.", &["Advertisement Continue reading the main story"]),
            ("Stephen Shankland/CNET\nGoogle said.", &["Stephen Shankland/CNET"]),
            ("(Lucy Pasha Robinson / The Independent)", &["(Lucy Pasha Robinson / The Independent)"]),
            ("By Emma Batha\nThe tram crashed.", &["By Emma Batha"]),
            ("[China backs U.N. move to denounce North Korea]", &["[China backs U.N. move to denounce North Korea]"]),
            ("More: Apple pulls Telegram from the App Store", &["More: Apple pulls Telegram from the App Store"]),
            ("Read more:\nReuters\nThe price fell.", &["Read more:", "Reuters"]),
            (
                "Read or Share this story: https://usat.ly/2sagNCz",
                &["Read or Share this story: https://usat.ly/2sagNCz"],
            ),
            ("Copyright 2018 The Associated Press. All rights reserved.", &["Copyright 2018 The Associated Press. All rights reserved."]),
            ("(Courtesy of Cincinnati Zoo and Botanical Garden)", &["(Courtesy of Cincinnati Zoo and Botanical Garden)"]),
            ("Harambe in his enclosure. Courtesy of Cincinnati Zoo", &["Courtesy of Cincinnati Zoo"]),
            ("We pay for your stories! Do you have a story for The Sun Online news team? Email us at tips@the-sun.co.uk or call 0207 782 4368", &["We pay for your stories! Do you have a story for The Sun Online news team? Email us at tips@the-sun.co.uk or call 0207 782 4368"]),
            ("Got a story? Email news@example.co.uk\nThe tram crashed.", &["Got a story? Email news@example.co.uk"]),
            // the story itself is not furniture
            ("The tickets came courtesy of the mayor's office.", &[]),
            ("He said he would email tips@example.com later.", &[]),
            ("Contact with the rover was lost at 9pm.", &[]),
            ("Call centre staff in Leeds were told to email @ColdMail.", &[]),
            ("By Wednesday, the tram had been removed.", &[]),
            ("More than 50 people were injured.", &[]),
            ("The photo: a rare sight, he said.", &[]),
            ("Sales rose 5% in 2017/2018, the firm said.", &[]),
            ("He was reading more about it.", &[]),
            ("Getty Images said it would appeal.", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(found(text), want, "{text}");
        }
    }
}
