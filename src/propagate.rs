//! A name the tagger found is found wherever the story writes it again.
//!
//! A sequence tagger judges each sentence on its own, so a name it tags in most places slips
//! where the sentence around it is unusual ("the first soft landing on Moon", a list of model
//! numbers, a sentence that opens with the name). Document-centred NER (Mikheev, Moens & Grover
//! 1999, "Named entity recognition without gazetteers"; Krishnan & Manning 2006, label
//! consistency) reads the whole document: a word sequence tagged as a name in one place is that
//! name in another. Here the document is the story: every article of it.
//!
//! A form spreads only when the story is sure of it: it is tagged at least as often as it is
//! left untagged, each copy it spreads to stands alone (no capitalised word beside it that
//! would make it part of a longer name: "President Moon" is not "the Moon"), and it takes the
//! type most of its tagged copies have.

use crate::entity::{EntityType, Mention};
use crate::text::{Span, Text, TokenKind};
use crate::util::FastMap as HashMap;

/// The forms a story tags, as token sequences, with their type votes and counts.
#[derive(Default, Debug)]
pub struct Known {
    /// Each form's words joined by [`SEP`], with its tallies.
    forms: HashMap<String, Form>,
    /// Each form's first word, with the most words a form starting with it has.
    firsts: HashMap<String, usize>,
}

#[derive(Default, Debug)]
struct Form {
    votes: [u32; 5],
    tagged: u32,
    untagged: u32,
}

/// Joins the words of a form in its key: a character no token holds.
const SEP: char = '\u{1f}';

/// Words that may stand before a name at a sentence's start without being part of it.
const OPENERS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "but",
    "as", "when", "after", "before", "while", "if", "since", "so", "then", "now", "yet", "or",
    "like", "unlike", "about", "over", "under", "into", "onto", "than", "that", "this",
];

impl Known {
    /// Gathers the forms tagged in `docs` (each a text and its mentions) and counts how often
    /// each stands untagged elsewhere in them.
    pub fn gather<'a>(docs: impl IntoIterator<Item = (&'a Text, &'a [Mention])> + Clone) -> Known {
        let mut known = Known::default();
        for (text, ms) in docs.clone() {
            for m in ms {
                if let Some(words) = form_of(text, m.span) {
                    let f = known.forms.entry(words).or_default();
                    f.tagged += 1;
                    f.votes[m.etype as usize] += 1;
                }
            }
        }
        for key in known.forms.keys() {
            let mut words = key.split(SEP);
            let first = words.next().unwrap_or_default();
            let n = known.firsts.entry(first.to_string()).or_default();
            *n = (*n).max(1 + words.count());
        }
        for (text, ms) in docs {
            for (key, _, _) in known.free_copies(text, ms) {
                if let Some(f) = known.forms.get_mut(&key) {
                    f.untagged += 1;
                }
            }
        }
        known
    }

    /// Adds a mention at each untagged, standalone copy of a form the story is sure of.
    pub fn spread(&self, text: &Text, ms: &mut Vec<Mention>) {
        let mut added = Vec::new();
        for (key, span, n) in self.free_copies(text, ms) {
            let Some(f) = self.forms.get(&key) else {
                continue;
            };
            if f.tagged < f.untagged
                || !stands_alone(text, span)
                || (n == 1 && opens_sentence(text, span))
            {
                continue;
            }
            let best = (0..5)
                .max_by_key(|&k| (f.votes[k], std::cmp::Reverse(k)))
                .unwrap_or(0);
            added.push(Mention {
                span,
                etype: EntityType::ALL[best],
                confident: false,
            });
        }
        if !added.is_empty() {
            ms.extend(added);
            ms.sort_by_key(|m| m.span.start);
        }
    }

    /// The copies of known forms in `text` that no mention overlaps, as (key, span, words):
    /// at each token, the longest form starting there, and the scan goes on after it.
    fn free_copies(&self, text: &Text, ms: &[Mention]) -> Vec<(String, Span, usize)> {
        let mut out = Vec::new();
        let mut key = String::new();
        let mut i = 0;
        while i < text.tokens.len() {
            let longest = self.firsts.get(text.slice(text.tokens[i].span)).copied();
            let sentence = text.tokens[i].sentence;
            // the key grows a word at a time; the longest form found so far wins
            key.clear();
            let mut found = None;
            for (n, t) in text.tokens[i..]
                .iter()
                .take(longest.unwrap_or(0))
                .enumerate()
            {
                if t.sentence != sentence {
                    break;
                }
                if n > 0 {
                    key.push(SEP);
                }
                key.push_str(text.slice(t.span));
                if self.forms.contains_key(&key) {
                    found = Some((
                        key.clone(),
                        Span::new(text.tokens[i].span.start, t.span.end),
                        n + 1,
                    ));
                }
            }
            match found {
                Some((k, span, n)) => {
                    if !ms.iter().any(|m| m.span.overlaps(&span)) {
                        out.push((k, span, n));
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// The key of the tokens a mention covers exactly; `None` when its ends fall inside a token
/// (a name cut from a compound: "Obama" in "Obama-era") or it holds no word.
fn form_of(text: &Text, span: Span) -> Option<String> {
    let a = text.tokens.partition_point(|t| t.span.start < span.start);
    let b = text.tokens.partition_point(|t| t.span.end <= span.end);
    let toks = text.tokens.get(a..b)?;
    let (first, last) = (toks.first()?, toks.last()?);
    if first.span.start != span.start || last.span.end != span.end {
        return None;
    }
    if !toks.iter().any(|t| t.kind == TokenKind::Word) {
        return None;
    }
    let mut key = String::new();
    for (n, t) in toks.iter().enumerate() {
        if n > 0 {
            key.push(SEP);
        }
        key.push_str(text.slice(t.span));
    }
    Some(key)
}

/// Whether the copy opens its sentence, where every word is capitalised: for one word there,
/// the tagger's silence is the better guess ("According to …", "Today, …").
fn opens_sentence(text: &Text, span: Span) -> bool {
    let a = text.tokens.partition_point(|t| t.span.start < span.start);
    text.sentences
        .get(text.tokens.get(a).map_or(usize::MAX, |t| t.sentence))
        .is_some_and(|s| s.tokens.start == a)
}

/// Whether the copy at `span` is a name of its own: no capitalised word right before it
/// (bar a sentence's opening function word: "The Moon") or right after it in its sentence.
fn stands_alone(text: &Text, span: Span) -> bool {
    let a = text.tokens.partition_point(|t| t.span.start < span.start);
    let b = text.tokens.partition_point(|t| t.span.end <= span.end);
    let Some(sentence) = text.tokens.get(a).map(|t| t.sentence) else {
        return false;
    };
    let capital = |i: usize| {
        text.tokens.get(i).is_some_and(|t| {
            t.sentence == sentence
                && t.kind == TokenKind::Word
                && text.slice(t.span).starts_with(char::is_uppercase)
        })
    };
    let opener = a
        .checked_sub(1)
        .and_then(|p| text.tokens.get(p))
        .is_some_and(|t| {
            let w = text.slice(t.span).to_lowercase();
            OPENERS.contains(&w.as_str())
        });
    let before = a.checked_sub(1).is_some_and(|p| capital(p) && !opener);
    !before && !capital(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One article in markup: `{Name/TYPE}` is a mention the tagger found.
    fn article(markup: &str) -> (Text, Vec<Mention>) {
        let (mut plain, mut ms) = (String::new(), Vec::new());
        let mut rest = markup;
        while let Some(a) = rest.find('{') {
            plain.push_str(&rest[..a]);
            let b = a + rest[a..].find('}').expect("closed");
            let (name, ty) = rest[a + 1..b].split_once('/').expect("typed");
            let start = plain.len();
            plain.push_str(name);
            let etype = EntityType::ALL[["PERSON", "ORG", "PLACE", "GROUP", "MISC"]
                .iter()
                .position(|t| *t == ty)
                .expect("a type")];
            ms.push(Mention {
                span: Span::new(start, plain.len()),
                etype,
                confident: true,
            });
            rest = &rest[b + 1..];
        }
        plain.push_str(rest);
        (Text::new(&plain), ms)
    }

    /// The story's articles (split at " || ") after spreading: each added mention as
    /// "article:Name/TYPE", in order.
    fn spread(story: &str) -> String {
        let docs: Vec<(Text, Vec<Mention>)> = story.split(" || ").map(article).collect();
        let known = Known::gather(docs.iter().map(|(t, m)| (t, &m[..])));
        let mut added = Vec::new();
        for (i, (text, ms)) in docs.iter().enumerate() {
            let mut after = ms.clone();
            known.spread(text, &mut after);
            for m in after
                .iter()
                .filter(|m| !ms.iter().any(|o| o.span == m.span))
            {
                added.push(format!("{i}:{}/{}", text.slice(m.span), m.etype.as_str()));
            }
        }
        added.join(" ")
    }

    #[rustfmt::skip]
    #[test]
    fn a_tagged_name_spreads_where_it_stands_alone() {
        // story (articles split at " || ") | the mentions spread to
        let cases = [
            // a name one source tags, another writes untagged
            ("Rockets reach the {Moon/PLACE}. || It landed on Moon in 2019.", "1:Moon/PLACE"),
            // within one article too, and at the longest form ("Pixel 2", not "Pixel")
            ("The {Pixel 2/MISC} and {Pixel/MISC} sell. Buyers like the Pixel 2 more.", "0:Pixel 2/MISC"),
            // many words may open a sentence; one word there is the tagger's call
            ("We met {Pixel 2/MISC} fans. || Pixel 2 sales rose.", "1:Pixel 2/MISC"),
            ("He cited {According/ORG} here. || According to him, it rained.", ""),
            // beside a capitalised word it is part of another name
            ("Rockets reach the {Moon/PLACE}. || We met President Moon today.", ""),
            ("Rockets reach the {Moon/PLACE}. || We saw Moon Jae-in there.", ""),
            // a form left untagged more often than tagged does not spread
            ("He met {Jordan/PERSON}. || Rain hit Jordan today. || Then Jordan won.", ""),
            // the type most tagged copies have
            ("On {Apple/ORG} and {Apple/ORG} or {Apple/MISC}. || We buy from Apple now.", "1:Apple/ORG"),
            // nothing spreads into a mention already found
            ("The {Pixel 2/MISC} sold. || The {Pixel 2 XL/MISC} sold.", ""),
            ("No names at all here. || None here either.", ""),
        ];
        for (story, want) in cases {
            assert_eq!(spread(story), want, "{story}");
        }
    }
}
