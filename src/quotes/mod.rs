//! Direct quotations and who said them.
//!
//! [`QuoteExtractor`] is the interface; [`RuleQuotes`] the implementation. Quote marks are
//! already normalised by the text layer (curly, doubled and angle marks become `"` and `'`), so
//! this module pairs marks by their side (an opening mark follows a space, a closing mark precedes
//! one; an apostrophe sits inside a word), follows a quote across paragraphs the way news style
//! does it (the opening mark repeats at each paragraph start, only the last closes), and drops a
//! quote whose marks do not balance without touching the rest. A quote is `full` (a clause of
//! speech), `partial` (a word or phrase, a title in title case) or `headline`.
//!
//! Speakers follow the attribution patterns of news copy, as PolNeAR (Newell et al. 2018)
//! annotates them: after the quote `"...," said X`, `"...," X said`, `"...," X, a close adviser,
//! told reporters`, `"...", according to X`, `"..." ― X`; before it `X said: "..."`, `X,
//! speaking to Iowans, said, "..."`, `Said X, "..."`, `According to X, "..."`, `X: "..."`, `X
//! hailed it, noting "..."` (a participle takes the sentence's subject); a signature line under
//! the quote (`- Bernie Sanders.`). About 120 speech verbs are cues. A pronoun is kept as
//! written and resolved: "he"/"she" to the speaker of the quote just before (a person or a
//! described source) unless a person is named after it, else to the person last named; "it"/
//! "they" to the speaker of the quote before. A quote with no attribution of its own takes the
//! speaker of the quote just before it in the same or the previous paragraph (news convention),
//! or none: never a guess.
//!
//! One room a step: `marks.rs` pairs quote marks, `after.rs` and `before.rs` read the attribution
//! after and before a quote (and a signature line under it), `speaker.rs` resolves the words of
//! an attribution to a speaker, and `grammar.rs` holds the word classes and token helpers they
//! share. Each step reads one `Cx` (`context.rs`): the quote and the article around it.
//!
//! Measured by `crossread eval quotes` on PolNeAR (`src/tools/eval/quotes.rs`), and on the seeds by
//! `tests/cases/seed_quotes.tsv`.

use crate::entity::{EntityType, Mention};
use crate::text::{Span, Text};

mod after;
mod before;
mod context;
mod grammar;
mod item;
mod marks;
mod speaker;

use after::{after_quote, dash_line, is_media_credit};
use before::before_quote;
use context::{paragraph_of, Cx};
pub use item::{QuoteKind, QuoteMention, Speaker};
use marks::{classify, find_quote_spans};

pub trait QuoteExtractor: Send + Sync {
    /// Quotes sorted by start, non-overlapping, each inside the text. `entities` are the
    /// article's entity mentions, sorted by start.
    fn extract(&self, text: &Text, entities: &[Mention]) -> Vec<QuoteMention>;
}

#[derive(Default, Clone, Copy, Debug)]
pub struct RuleQuotes;

impl QuoteExtractor for RuleQuotes {
    fn extract(&self, text: &Text, entities: &[Mention]) -> Vec<QuoteMention> {
        let spans = find_quote_spans(text);
        let mut out: Vec<QuoteMention> = Vec::new();
        let mut prev: Option<(usize, Option<Speaker>, Option<String>)> = None; // paragraph, speaker
        for (span, outer) in spans {
            let para = paragraph_of(text, span.start);
            let headline = text.paragraphs[para].headline && is_whole_paragraph(text, para, outer);
            let kind = if headline {
                QuoteKind::Headline
            } else {
                classify(text.slice(span))
            };
            let mut cue = None;
            let mut speaker = None;
            if !headline {
                if let Some((c, s)) = attribution(Cx {
                    text,
                    ents: entities,
                    inner: span,
                    outer,
                    earlier: &out,
                }) {
                    cue = Some(c);
                    speaker = Some(s).filter(|s| may_speak(text.slice(s.span)));
                } else if kind == QuoteKind::Full {
                    if let Some((p, s, c)) = &prev {
                        if para == *p || para == *p + 1 {
                            speaker = s.clone();
                            cue = c.clone();
                        }
                    }
                }
            }
            if kind == QuoteKind::Full && speaker.is_some() {
                prev = Some((para, speaker.clone(), cue.clone()));
            } else if kind == QuoteKind::Full {
                prev = None;
            }
            out.push(QuoteMention {
                span,
                kind,
                cue,
                speaker,
            });
        }
        out
    }
}

/// Whether an attribution's words can name who spoke: not a verb phrase opening with a gerund
/// ("Using a technique called '...'", a term in quotes).
fn may_speak(written: &str) -> bool {
    let mut words = written.split_whitespace();
    let first = words.next().unwrap_or("");
    let gerund = first.len() > 4
        && first.ends_with("ing")
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    !first.is_empty() && !gerund
}

fn is_whole_paragraph(text: &Text, para: usize, outer: Span) -> bool {
    let p = text.paragraphs[para].span;
    outer.start <= p.start + 1 && outer.end + 1 >= p.end
}

/// Finds the attribution of the quote at `inner`/`outer`: after the closing mark first, then
/// before the opening mark, then a dash line under the quote ("- Bernie Sanders.").
fn attribution(cx: Cx) -> Option<(String, Speaker)> {
    let ents = cx.ents;
    let after = after_quote(cx);
    if let Some((cue, sp)) = &after {
        // `Bamford said the tram sped up and "..." the Associated Press reports`: the person
        // named before the quote spoke; the agency after it only reports
        if is_media_credit(cue, sp, ents) {
            let before = before_quote(cx).filter(|(_, b)| {
                b.entity
                    .is_some_and(|e| ents[e].etype == EntityType::Person)
            });
            return before.or(after);
        }
    }
    after.or_else(|| before_quote(cx)).or_else(|| dash_line(cx))
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Recognizer;

    fn quotes(s: &str) -> Vec<(String, QuoteKind, Option<String>)> {
        let t = Text::new(s);
        let ents = crate::ner::ModelRecognizer::new()
            .expect("model")
            .recognize(&t);
        RuleQuotes
            .extract(&t, &ents)
            .into_iter()
            .map(|q| {
                (
                    t.slice(q.span).to_string(),
                    q.kind,
                    q.speaker.map(|s| t.slice(s.span).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn attributions() {
        use QuoteKind::*;
        let cases: &[(&str, &[(&str, QuoteKind, Option<&str>)])] = &[
            ("\"We will win this war,\" said Gen. Ali Mayhoub, referring to ISIS.", &[("We will win this war,", Full, Some("Ali Mayhoub"))]),
            ("\u{201C}Our forces retook the crossing,\u{201D} Duleimi said.", &[("Our forces retook the crossing,", Full, Some("Duleimi"))]),
            ("Mayhoub described it as the \"last phase\" of the campaign.", &[("last phase", Partial, Some("Mayhoub"))]),
            ("\"It is over now,\" he said.", &[("It is over now,", Full, Some("he"))]),
            ("It is Daesh's and the Shi'ite militias' fight.", &[]),
            ("Using a technique called \u{2018}microlensing\u{2019} the team found planets.", &[("microlensing", Partial, None)]),
            ("\"Some of them will fight,\" he said. \"It is besieged\nThe defeat means the end,\" the source said.", &[("Some of them will fight,", Full, Some("he"))]),
        ];
        for (input, want) in cases {
            let got = quotes(input);
            let want: Vec<(String, QuoteKind, Option<String>)> = want
                .iter()
                .map(|(q, k, s)| (q.to_string(), *k, s.map(|x| x.to_string())))
                .collect();
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let got = quotes("\"First part of it.\n\"Second part of it,\" said Dillon.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].0.starts_with("First part") && got[0].0.ends_with("of it,"),
            "{got:?}"
        );
    }
}
