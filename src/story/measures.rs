//! What each figure of a story measures, in the terms the story diff compares: the head of
//! what it counts ("women passengers" → "passenger", "boy fell" → "boy"), the event or verb
//! governing it by its stem ("killed", "fall"), its value in SI units where it has one (so "77
//! tonnes" meets "160,000 lb"), and the informative words of its sentence ("Glasgow", "1959",
//! "driver") weighted by how rare they are in the story (inverse sentence frequency, as in
//! TF-IDF: a word every article repeats — "tram", "Croydon" — ties no two figures together).

use crate::analysis::{Article, Figure};
use crate::figures::{clause, counted, event, FigureKind};
use crate::util::FastMap as HashMap;

/// Counted nouns too general to tell one quantity from another without an event ("five
/// people" trapped, "seven people" dead), and partitives.
pub fn is_generic(head: &str) -> bool {
    matches!(
        head,
        "people"
            | "person"
            | "other"
            | "men"
            | "man"
            | "women"
            | "woman"
            | "time"
            | "case"
            | "thing"
            | "way"
            | "one"
            | "member"
            | "year"
            | "day"
            | "all"
            | "those"
            // partitives count what follows them ("96 per cent of the large parts of Iraq")
            | "part"
            | "portion"
            | "proportion"
            | "share"
            | "majority"
            | "number"
            | "total"
            | "amount"
            | "lot"
    )
}

/// Words that end a counted phrase: verbs and adverbs the figure reader let through ("people
/// remain", "boy fell", "3-year-old got", "teens say").
fn ends_phrase(w: &str) -> bool {
    counted::is_stop(w)
        || matches!(
            w,
            "still"
                | "remain"
                | "remains"
                | "got"
                | "get"
                | "calls"
                | "call"
                | "say"
                | "says"
                | "use"
                | "takes"
                | "take"
                | "taken"
                | "make"
                | "should"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "when"
                | "where"
                | "whom"
                | "whose"
                | "just"
                | "only"
                | "inside"
                | "sure"
                | "came"
                | "became"
                | "show"
                | "shows"
                | "added"
                | "had"
        )
        || clause::is_verb(w)
        || crate::figures::event::is_event_word(w)
}

/// The head of a counted phrase, singular and lower-cased: the last word of its leading run
/// of nouns and adjectives ("women passengers" → "passenger", "fire rescue units" → "unit",
/// "boy fell" → "boy"); none when the phrase starts with a verb ("got", "added").
pub fn head(about: &str) -> Option<String> {
    let mut last = None;
    for w in about.split(|c: char| c.is_whitespace() || c == ',') {
        let l = w.to_lowercase();
        if l.is_empty() {
            continue;
        }
        if ends_phrase(&l) {
            break;
        }
        last = Some((w, l));
    }
    let (w, l) = last?;
    // a name says whose or where ("a third of Iraq and Syria"), not what is counted
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    Some(word_form(&l))
}

/// The form a counted word is compared in: lower-cased, singular, one spelling, one name for
/// its kin ("Revellers" → "reveler", "boys" → "child").
pub fn word_form(w: &str) -> String {
    kin(&spelling(&crate::words::singular(&w.to_lowercase()))).to_string()
}

/// Nouns news copy uses for one kind of person, by one name: the boy of one outlet is the
/// child or the toddler of another; migrants, refugees and asylum seekers are counted as one
/// flow (as Eurostat and the UNHCR report them together). Only classes where outlets swap
/// the words for the same people.
fn kin(head: &str) -> &str {
    match head {
        "boy" | "girl" | "kid" | "toddler" | "youngster" | "son" | "daughter" | "baby"
        | "infant" => "child",
        "refugee" | "seeker" | "immigrant" => "migrant",
        "fireman" => "firefighter",
        "policeman" | "policewoman" => "officer",
        h => h,
    }
}

/// One spelling for a word British and American English spell differently (Oxford and
/// Merriam-Webster): a doubled "l" before a suffix single ("revellers" / "revelers"),
/// "-our" as "-or" ("harbour"), "-tre" as "-ter" ("centre", "metre"), "-ise" as "-ize".
fn spelling(w: &str) -> String {
    // "ll" before the suffix's vowel ("revell-ers", "cancell-ed", "modell-ing")
    let mut out = w.replace("lle", "le").replace("lli", "li");
    for (uk, us) in [("our", "or"), ("tre", "ter"), ("ise", "ize")] {
        if out.len() > uk.len() + 2 && out.ends_with(uk) {
            out.truncate(out.len() - uk.len());
            out.push_str(us);
        }
    }
    out
}

/// The head of what a figure counts when it tells one quantity from another: not a word as
/// general as "people" or a partitive.
pub fn specific_head(about: Option<&str>) -> Option<String> {
    about.and_then(head).filter(|h| !is_generic(h))
}

/// One figure as the story diff compares it.
#[derive(Clone, Debug, Default)]
pub struct Measure {
    /// The index of its sentence in its article.
    pub sentence: usize,
    /// The stem of its event or verb ("killed", "fall").
    pub event: Option<String>,
    /// Whether the event is a casualty event (a closed class), not just a verb.
    pub casualty: bool,
    /// The unit it is compared in (the SI unit where one exists).
    pub unit: &'static str,
    /// Its bounds in that unit.
    pub low: f64,
    pub high: f64,
    /// Informative words of its sentence, sorted ids with their weights.
    pub words: Vec<(u32, f32)>,
}

/// Words of no weight in a figure's context. Numbers other than the figure's own count ("527
/// injured" beside "58 killed" and "59 killed"); small number words do not.
fn is_context_stop(w: &str) -> bool {
    let digits = w.bytes().all(|b| b.is_ascii_digit());
    // function words carry no topic, however rare in a small story ("without", "because")
    const FUNCTION: &[&str] = &[
        "without", "within", "about", "against", "among", "between", "because", "although",
        "however", "could", "should", "might", "must", "shall", "not", "all", "any", "some",
        "there", "here", "then", "what", "when", "where", "why", "how", "our", "your", "can",
        "did", "does", "doing", "done", "yet", "even", "just", "only", "still", "very", "too",
        "such", "other", "own", "same", "both", "either", "neither", "nor", "whether",
    ];
    counted::is_stop(w)
        || FUNCTION.contains(&w)
        || (w.len() < 3 && !(digits && w.len() == 2))
        || crate::figures::number::small_word(w).is_some()
        || crate::figures::number::scale_word(w).is_some()
}

/// The measures of every figure of the articles. A figure's context is the informative words
/// of its sentence outside the figure itself, each weighted ln(1 + sentences / sentences
/// holding it) over the whole story (scaled up in stories under 50 sentences).
pub fn measures(articles: &[Article]) -> Vec<Vec<Measure>> {
    let mut ids: HashMap<String, u32> = HashMap::default();
    let mut df: Vec<u32> = Vec::new();
    let mut sentences = 0usize;
    // per article, per sentence: (byte offset, word id)
    let mut per_sentence: Vec<Vec<Vec<(usize, u32)>>> = Vec::with_capacity(articles.len());
    for a in articles {
        let mut per = Vec::with_capacity(a.sentences.len());
        for s in &a.sentences {
            sentences += 1;
            let text = &a.text[s.start..s.end];
            let mut ws: Vec<(usize, u32)> = Vec::new();
            let mut start = None;
            for (i, c) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                match (c.is_alphanumeric(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(st)) => {
                        start = None;
                        let w = text[st..i].to_lowercase();
                        if is_context_stop(&w) {
                            continue;
                        }
                        let n = ids.len() as u32;
                        let id = *ids.entry(crate::words::singular(&w)).or_insert(n);
                        if id as usize == df.len() {
                            df.push(0);
                        }
                        ws.push((s.start + st, id));
                    }
                    _ => {}
                }
            }
            let mut seen: Vec<u32> = ws.iter().map(|w| w.1).collect();
            seen.sort_unstable();
            seen.dedup();
            for &w in &seen {
                df[w as usize] += 1;
            }
            per.push(ws);
        }
        per_sentence.push(per);
    }
    let units = common_units(articles);
    let n = sentences.max(1) as f32;
    // in a story of a few sentences every word is as rare as the story allows: weights grow
    // so that sharing its words still ties two figures (two one-sentence reports)
    let small = (50.0 / n).max(1.0);
    let weight = |w: u32| (1.0 + n / df[w as usize] as f32).ln() * small;
    let years = date_years(articles);
    articles
        .iter()
        .zip(&per_sentence)
        .map(|(a, per)| {
            a.figures
                .iter()
                .map(|f| {
                    let si = a
                        .sentences
                        .iter()
                        .position(|s| s.start <= f.span.start && f.span.start < s.end);
                    let mut words: Vec<(u32, f32)> = si
                        .map(|si| {
                            per[si]
                                .iter()
                                .filter(|(at, _)| *at < f.span.start || *at >= f.span.end)
                                .map(|&(_, w)| (w, weight(w)))
                                .collect()
                        })
                        .unwrap_or_default();
                    words.sort_unstable_by_key(|w| w.0);
                    words.dedup_by_key(|w| w.0);
                    let mut m = measure(f, &units, si.unwrap_or(usize::MAX), words);
                    if let Some(y) = year_given(f, &years) {
                        m.low += y;
                        m.high += y;
                    }
                    m
                })
                .collect()
        })
        .collect()
}

/// The year the story's dated figures give each day or month written with one ("November
/// 15, 2017" → 1115: 2017), where they all give the same.
fn date_years(articles: &[Article]) -> HashMap<(u64, u64), Option<u64>> {
    let mut years: HashMap<(u64, u64), Option<u64>> = HashMap::default();
    for f in articles.iter().flat_map(|a| &a.figures) {
        let (lo, hi) = (f.low as u64, f.high as u64);
        if f.kind == FigureKind::Date && lo >= 10000 && lo / 10000 == hi / 10000 {
            let y = years
                .entry((lo % 10000, hi % 10000))
                .or_insert(Some(lo / 10000));
            if *y != Some(lo / 10000) {
                *y = None;
            }
        }
    }
    years
}

/// For a date written without a year ("Nov. 15" in an article with no date line), the year
/// the other sources give that day, when they agree on one, as the amount to add to its
/// `mmdd` value: wire copy drops the year of a date in the current year, and "Nov. 15" and
/// "November 15, 2017" are one date.
fn year_given(f: &Figure, years: &HashMap<(u64, u64), Option<u64>>) -> Option<f64> {
    let (lo, hi) = (f.low as u64, f.high as u64);
    if f.kind != FigureKind::Date || hi >= 10000 {
        return None;
    }
    years
        .get(&(lo, hi))
        .copied()
        .flatten()
        .map(|y| (y * 10000) as f64)
}

fn measure(
    f: &Figure,
    units: &HashMap<&'static str, (&'static str, f64)>,
    sentence: usize,
    words: Vec<(u32, f32)>,
) -> Measure {
    let casualty = f.event.as_deref().is_some_and(event::is_casualty);
    let event = f.event.as_deref().map(|e| {
        if casualty {
            e.to_string()
        } else {
            clause::stem(e)
        }
    });
    let (unit, low, high) = match f.unit.and_then(|u| units.get(u)) {
        // another unit of a dimension the story mostly writes in one unit: read in that one,
        // to three significant digits ("181 kg" is "399 lb" beside "400-pound")
        Some(&(to, k)) if f.kind == FigureKind::Measure => {
            (to, significant(f.low * k, 3), significant(f.high * k, 3))
        }
        // a year is the span of its days, so that it meets the dates it holds ("2012" and
        // "December 2012")
        _ if f.kind == FigureKind::Year => ("", f.low * 1e4 + 101.0, f.high * 1e4 + 1231.0),
        _ => (f.unit.unwrap_or(""), f.low, f.high),
    };
    Measure {
        sentence,
        event,
        casualty,
        unit,
        low,
        high,
        words,
    }
}

/// A value to `digits` significant digits ("72574.8" to 3 is 72600).
pub fn significant(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let p = 10f64.powi(digits - 1 - v.abs().log10().floor() as i32);
    (v * p).round() / p
}

/// For each measuring unit the story writes, the unit its dimension is most often written in
/// and the factor into it ("kg" → ("lb", 2.2046) in a story that mostly writes pounds). Only
/// units with a linear SI reading (not °F).
fn common_units(articles: &[Article]) -> HashMap<&'static str, (&'static str, f64)> {
    use crate::figures::units::to_si;
    let linear = |u: &str| match (to_si(0.0, u), to_si(1.0, u)) {
        (Some((z, si)), Some((one, _))) if z == 0.0 && one > 0.0 => Some((si, one)),
        _ => None,
    };
    let mut count: HashMap<&'static str, usize> = HashMap::default();
    for f in articles.iter().flat_map(|a| &a.figures) {
        if let Some(u) = f.unit.filter(|_| f.kind == FigureKind::Measure) {
            *count.entry(u).or_default() += 1;
        }
    }
    let mut best: HashMap<&'static str, (&'static str, usize, f64)> = HashMap::default();
    for (&u, &n) in &count {
        if let Some((si, k)) = linear(u) {
            let e = best.entry(si).or_insert((u, 0, k));
            if (n, u) > (e.1, e.0) {
                *e = (u, n, k);
            }
        }
    }
    count
        .keys()
        .filter_map(|&u| {
            let (si, k) = linear(u)?;
            let &(to, _, kt) = best.get(si)?;
            Some((u, (to, k / kt)))
        })
        .collect()
}

/// The weight of the informative words two figures' sentences share.
pub fn shared(a: &Measure, b: &Measure) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].0.cmp(&b.words[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a.words[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads() {
        // one line per case: counted phrase, head
        let cases: &[(&str, Option<&str>)] = &[
            ("women passengers", Some("passenger")),
            ("fire rescue units", Some("unit")),
            ("people remain", Some("people")),
            ("got", None),
            ("added", None),
            ("female gorillas", Some("gorilla")),
            ("casualties", Some("casualty")),
            ("Isis fighters", Some("fighter")),
            ("Iraq and Syria", None),
            ("revellers", Some("reveler")),
            ("asylum seekers", Some("migrant")),
            ("boy fell", Some("child")),
            ("revelers", Some("reveler")),
            ("harbours", Some("harbor")),
            ("football fields", Some("field")),
        ];
        for (about, want) in cases {
            assert_eq!(head(about).as_deref(), *want, "{about}");
        }
    }
}
