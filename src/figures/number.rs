//! Numbers as English writes and says them: digits ("12,567", "1.5", "1,674.5 G", "100k",
//! "1.3e6", "1/2", "2 1/4"), words ("ninety five", "two thousand five hundred", "three lakh
//! crore"), mixed ("4 thousand 3 hundred and 21", "6.6 million"), decimals said aloud ("two
//! hundred point seventy-one"), fractions ("a third", "five eighths", "three and a fifth",
//! "one million and a half", "one over three", "half a dozen") and signs ("minus five").
//!
//! The grammar follows the cases of Microsoft Recognizers-Text's English number specs (MIT):
//! scale words multiply what precedes them and add up ("two thousand five hundred"); "and"
//! joins a smaller part after "hundred" or a scale word; a fraction after "and" is a fraction
//! of the last scale word ("nine million and five ninths" = 9,555,555.6); "hundred thirty
//! fifths" reads the tens word into the denominator (100/35), "hundred and thirty fifths" not
//! (130/5). Indian scale words (lakh 10^5, crore 10^7) are read because South Asian copy uses
//! them.
//!
//! Works on the token texts of one sentence; returns values and the token index after the number.

pub use super::numeral::{
    denominator, digits, number_words, ordinal_word, scale_word, small_word, Parsed,
};
use super::numeral::{lower, parsed, plain, suffix_scale, vulgar};

/// What a token is inside a number.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Prev {
    Start,
    Unit,
    Tens,
    Digit,
    Hundred,
    Scale,
}

/// The integer (or decimal) part: digits and number words up to the first word that is not
/// part of the number. Returns value, end, the last scale word's value (1 if none), whether it
/// was written in words, and, when the number ends in a tens word right after "hundred" or a
/// scale word, that tens value (it may belong to an ordinal after it).
fn integer(w: &[&str], k: usize, start_one: bool) -> Option<(f64, usize, f64, bool, Option<f64>)> {
    let mut total = 0.0f64;
    let mut current: Option<f64> = if start_one { Some(1.0) } else { None };
    let mut last_chunk = 0.0;
    let mut last_scale = 1.0;
    let mut prev = if start_one { Prev::Unit } else { Prev::Start };
    let mut in_words = start_one;
    let mut i = k;
    let mut tail_tens = None;
    let mut after_and = false;
    while i < w.len() {
        let t = w[i];
        let l = lower(t);
        // "fifty - two": a tens word and a unit across a spaced hyphen
        if t == "-" && prev == Prev::Tens && !after_and {
            if let Some((v, false)) = w
                .get(i + 1)
                .and_then(|n| small_word(n))
                .filter(|x| x.0 > 0.0 && x.0 < 10.0)
            {
                current = Some(current.unwrap_or(0.0) + v);
                prev = Prev::Unit;
                tail_tens = None;
                i += 2;
                continue;
            }
            break;
        }
        if let Some((v, tens)) = small_word(t) {
            let ok = match prev {
                Prev::Start | Prev::Hundred | Prev::Scale => true,
                Prev::Tens => !tens && v < 10.0 && !t.contains('-'),
                _ => false,
            };
            if !ok || (after_and && v == 0.0) {
                break;
            }
            tail_tens =
                (tens && matches!(prev, Prev::Hundred | Prev::Scale) && !after_and).then_some(v);
            if prev == Prev::Tens {
                tail_tens = None;
            }
            // "three hundred and two dozens"
            let dozens = after_and
                && w.get(i + 1)
                    .is_some_and(|d| matches!(lower(d).as_str(), "dozen" | "dozens"));
            current = Some(current.unwrap_or(0.0) + if dozens { v * 12.0 } else { v });
            prev = if tens { Prev::Tens } else { Prev::Unit };
            in_words = true;
            if dozens {
                i += 2;

                break;
            }
        } else if let Some((v, false)) = digits(t).filter(|_| {
            t.bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
        }) {
            if !matches!(prev, Prev::Start | Prev::Hundred | Prev::Scale) || (after_and && v == 0.0)
            {
                break;
            }
            // digits after number words only in mixed forms: "4 thousand 3 hundred"
            if prev != Prev::Start && current.is_some() && !after_and {
                break;
            }
            current = Some(current.unwrap_or(0.0) + v);
            prev = Prev::Digit;
            tail_tens = None;
        } else if l == "hundred" || l == "hundreds" && prev != Prev::Start {
            if !matches!(prev, Prev::Unit | Prev::Tens | Prev::Digit) {
                break;
            }
            let c = current.unwrap_or(1.0);
            // "two thousand one hundred" but not "one hundred hundred"; digits may say
            // hundreds of anything ("322 hundred")
            if c >= 100.0 && prev != Prev::Digit {
                break;
            }
            current = Some(c * 100.0);
            prev = Prev::Hundred;
            in_words = true;
            tail_tens = None;
        } else if let Some(s) = scale_word(t).filter(|_| prev != Prev::Start) {
            if prev == Prev::Scale {
                // "three lakh crore": scales multiply
                total += last_chunk * (s - 1.0);
                last_chunk *= s;
            } else {
                let chunk = current.unwrap_or(1.0) * s;
                total += chunk;
                last_chunk = chunk;
                current = None;
            }
            last_scale = s;
            prev = Prev::Scale;
            in_words = true;
            tail_tens = None;
        } else if l == "and"
            && matches!(prev, Prev::Hundred | Prev::Scale)
            && w.get(i + 1).is_some_and(|n| {
                small_word(n).is_some_and(|x| x.0 > 0.0)
                    || (n.bytes().all(|c| c.is_ascii_digit()) && n != &"0")
            })
            // "million and five ninths" is a fraction of the million; "hundred and thirty
            // fifths" is 130/5, but "hundred and three quarters" is 100.75
            && !w.get(i + 2).is_some_and(|d| {
                denominator(d).is_some_and(|(v, _)| v >= 100.0)
                    || denominator(d).is_some()
                        && (prev == Prev::Scale
                            || matches!(lower(d).as_str(), "quarter" | "quarters" | "half" | "halves"))
            })
        {
            after_and = true;
            i += 1;
            continue;
        } else {
            break;
        }
        after_and = false;
        i += 1;
    }
    if i == k && !start_one {
        return None;
    }
    Some((
        total + current.unwrap_or(0.0),
        i,
        last_scale,
        in_words,
        tail_tens,
    ))
}

/// Decimal digits said aloud after "point": "five" → 5, "nought three" → 03, "seventy-one" → 71.
fn spoken_decimals(w: &[&str], mut i: usize) -> Option<(String, usize)> {
    let mut s = String::new();
    while let Some((v, _)) = w.get(i).and_then(|t| small_word(t)) {
        if v < 10.0 {
            s.push(char::from(b'0' + v as u8));
            i += 1;
        } else {
            if s.is_empty() {
                s.push_str(&format!("{}", v as u32));
                i += 1;
            }
            break;
        }
    }
    (!s.is_empty()).then_some((s, i))
}

/// A fraction word phrase at `i`: "a half", "a third", "one fifth", "three quarters",
/// "fifty-four hundredths". Returns its value and end.
fn fraction_phrase(w: &[&str], i: usize) -> Option<(f64, usize)> {
    let l = lower(w.get(i)?);
    if l == "a" || l == "an" || l == "one" {
        let (d, _) = denominator(w.get(i + 1)?)?;
        return Some((1.0 / d, i + 2));
    }
    let (n, e, _, _, _) = integer(w, i, false)?;
    let (d, plural) = denominator(w.get(e)?)?;
    (plural || n == 1.0).then_some((n / d, e + 1))
}

/// Parses a number starting at token `k` of sentence words `w`.
pub fn number(w: &[&str], k: usize) -> Option<Parsed> {
    let first = lower(w.get(k)?);
    // sign: "minus five", "negative 3", "- 10 k"
    let (sign, k) = match first.as_str() {
        "minus" | "negative" if w.get(k + 1).is_some_and(|n| starts_number(n)) => (-1.0, k + 1),
        // a minus sign, not a dash between words ("Abu Kamal - 40 km"), unless a temperature
        // follows ("convert - 20 degrees fahrenheit")
        "-" if w
            .get(k + 1)
            .is_some_and(|n| n.as_bytes()[0].is_ascii_digit())
            && (k == 0
                || !w[k - 1]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == ')')
                || w.get(k + 2).is_some_and(|u| {
                    let u = lower(u);
                    u.starts_with("degree") || u.starts_with('°')
                })) =>
        {
            (-1.0, k + 1)
        }
        _ => (1.0, k),
    };
    let mut p = unsigned(w, k)?;
    p.value *= sign;
    Some(p)
}

fn starts_number(t: &str) -> bool {
    t.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || small_word(t).is_some()
        || matches!(lower(t).as_str(), "a" | "half")
}

fn unsigned(w: &[&str], k: usize) -> Option<Parsed> {
    let first = lower(w.get(k)?);
    let decided = fraction_words(w, k, &first)
        .or_else(|| vulgar_fraction(w, k))
        .or_else(|| hyphen_fraction(w, k, &first))
        .or_else(|| digit_forms(w, k));
    if let Some(p) = decided {
        return p;
    }
    let (v, e, scale, in_words, tens) = integer(w, k, false)?;
    let p = tail(w, v, e, scale, tens, k);
    Some(Parsed {
        words: p.words || in_words,
        ..p
    })
}

/// "quarter million", "half a dozen", "half", "a dozen", "a hundred", "a third": `None` when
/// the word is none of "quarter", "half", "a", "an"; else what it reads (`Some(None)`:
/// nothing).
fn fraction_words(w: &[&str], k: usize, first: &str) -> Option<Option<Parsed>> {
    let word = |i: usize| w.get(i).map(|t| lower(t)).unwrap_or_default();
    let scale_at = |i: usize| w.get(i).and_then(|t| scale_word(t));
    match first {
        // "quarter million"
        "quarter" => Some(scale_at(k + 1).map(|s| parsed(0.25 * s, k + 2, true))),
        // "half a dozen", "half million", "half a billion", "half"
        "half" => Some(Some(if word(k + 1) == "a" && word(k + 2) == "dozen" {
            parsed(6.0, k + 3, false)
        } else if let Some(s) = scale_at(k + 1) {
            parsed(0.5 * s, k + 2, false)
        } else if let Some(s) = scale_at(k + 2).filter(|_| word(k + 1) == "a") {
            parsed(0.5 * s, k + 3, false)
        } else {
            Parsed {
                value: 0.5,
                end: k + 1,
                fraction: true,
                words: true,
            }
        })),
        // "a dozen", "a hundred", "a third", "a trillionth", "a twenty-first"
        "a" | "an" => {
            let next = word(k + 1);
            if next == "dozen" {
                return Some(Some(parsed(12.0, k + 2, false)));
            }
            if let Some((d, false)) = w.get(k + 1).and_then(|t| denominator(t)) {
                return Some(Some(of_scale(w, 1.0 / d, k + 2)));
            }
            if next == "hundred" || scale_word(&next).is_some() {
                let read = integer(w, k + 1, true);
                return Some(read.map(|(v, e, scale, _, _)| tail(w, v, e, scale, None, k + 1)));
            }
            Some(None)
        }
        _ => None,
    }
}

/// "½", "2½".
fn vulgar_fraction(w: &[&str], k: usize) -> Option<Option<Parsed>> {
    let c = w[k].chars().last()?;
    let f = vulgar(c)?;
    let head = &w[k][..w[k].len() - c.len_utf8()];
    let whole = if head.is_empty() {
        Some(0.0)
    } else {
        plain(head)
    };
    whole.map(|x| {
        Some(Parsed {
            value: x + f,
            end: k + 1,
            fraction: head.is_empty(),
            words: false,
        })
    })
}

/// "one-eighth".
fn hyphen_fraction(w: &[&str], k: usize, first: &str) -> Option<Option<Parsed>> {
    let (a, b) = first.split_once('-')?;
    match (small_word(a), denominator(b)) {
        (Some((n, false)), Some((d, _))) => Some(Some(of_scale(w, n / d, k + 1))),
        _ => None,
    }
}

/// Digits: a power "2.5^-1", "1.3x10^6", "12.32e+14", a fraction "1/2", a whole and a
/// fraction "2 1/4", spaced thousands "1 234 567", a letter scale after a space "10 bln".
/// `None` when the token is no such form (an integer, read next); `Some(None)` when it starts
/// with digits that read as nothing.
fn digit_forms(w: &[&str], k: usize) -> Option<Option<Parsed>> {
    if !w[k].as_bytes()[0].is_ascii_digit() {
        return None;
    }
    if let Some(p) = power_forms(w, k) {
        return Some(Some(p));
    }
    let Some((v, frac)) = digits(w[k]) else {
        return Some(None);
    };
    if frac {
        return Some(Some(Parsed {
            value: v,
            end: k + 1,
            fraction: true,
            words: false,
        }));
    }
    let glued = !w[k]
        .bytes()
        .all(|c| c.is_ascii_digit() || c == b'.' || c == b',');
    if glued {
        return Some(Some(parsed(v, k + 1, false)));
    }
    if let Some((f, true)) = w.get(k + 1).and_then(|t| digits(t)).filter(|f| f.0 < 1.0) {
        if v.fract() == 0.0 {
            return Some(Some(parsed(v + f, k + 2, false)));
        }
    }
    if let Some(p) = spaced_thousands(w, k) {
        return Some(p);
    }
    letter_scale(w, k).map(|s| Some(parsed(v * s, k + 2, false)))
}

/// "2.5^-1", "1.3x10^6", "12.32e+14".
fn power_forms(w: &[&str], k: usize) -> Option<Parsed> {
    if let Some(m) = w[k].strip_suffix(['e', 'E']).and_then(plain) {
        let sign = match w.get(k + 1) {
            Some(&"+") => 1,
            Some(&"-") => -1,
            _ => 0,
        };
        let x = w.get(k + 2).and_then(|t| t.parse::<i32>().ok());
        if let Some(x) = x.filter(|x| sign != 0 && x.abs() <= 30) {
            return Some(parsed(m * 10f64.powi(sign * x), k + 3, false));
        }
    }
    if let Some(m) = w[k].strip_suffix("x10").and_then(plain) {
        if let Some((x, end)) = power(w, k + 1, 10.0) {
            return Some(parsed(m * x, end, false));
        }
    }
    let v = plain(w[k])?;
    power(w, k + 1, v).map(|(x, end)| parsed(x, end, false))
}

/// Spaced thousands "1 234 567", the last group perhaps with decimals ("1 234 567.89"): `None`
/// when fewer than two groups.
fn spaced_thousands(w: &[&str], k: usize) -> Option<Option<Parsed>> {
    if !(w[k].len() <= 3 && w[k].bytes().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let group = |g: &&str| g.len() == 3 && g.bytes().all(|c| c.is_ascii_digit());
    let mut e = k + 1;
    let mut s = w[k].to_string();
    while w.get(e).is_some_and(group) {
        s.push_str(w[e]);
        e += 1;
    }
    let decimals = |g: &&&str| {
        e > k + 1
            && g.len() > 4
            && g.as_bytes()[3] == b'.'
            && g.bytes()
                .enumerate()
                .all(|(i, c)| c.is_ascii_digit() || i == 3)
    };
    if let Some(g) = w.get(e).filter(decimals) {
        s.push_str(g);
        e += 1;
    }
    (e >= k + 2).then(|| s.parse().ok().map(|v| parsed(v, e, false)))
}

/// A letter scale after a space: "1,674.5 G", "10 bln", "- 10 k" (not "m" or "b" alone, which
/// are units or words, unless nothing word-like follows).
fn letter_scale(w: &[&str], k: usize) -> Option<f64> {
    w.get(k + 1)
        .filter(|t| !matches!(**t, "m" | "M" | "b" | "B"))
        .and_then(|t| suffix_scale(t))
        .filter(|_| {
            w.get(k + 2)
                .is_none_or(|n| !n.chars().next().is_some_and(char::is_alphanumeric))
                || matches!(w[k + 1], "bln" | "mln" | "tln" | "bn" | "mn")
        })
}

/// A fraction, or a fraction of a scale: "two thirds of a million" = 666,667, "three
/// quarters billion".
fn of_scale(w: &[&str], f: f64, end: usize) -> Parsed {
    let is = |i: usize, x: &str| w.get(i).is_some_and(|t| t.eq_ignore_ascii_case(x));
    if let Some(s) = w.get(end).and_then(|t| scale_word(t)) {
        return parsed(f * s, end + 1, true);
    }
    if is(end, "of") && (is(end + 1, "a") || is(end + 1, "one")) {
        if let Some(s) = w.get(end + 2).and_then(|t| scale_word(t)) {
            return parsed(f * s, end + 3, true);
        }
    }
    Parsed {
        value: f,
        end,
        fraction: true,
        words: true,
    }
}

/// A power after a number: "^-1", "^23" (the tokenizer splits these).
fn power(w: &[&str], e: usize, v: f64) -> Option<(f64, usize)> {
    let t = |i: usize| w.get(i).copied().unwrap_or("");
    if t(e) != "^" {
        return None;
    }
    let mut i = e + 1;
    let mut sign = 1;
    while matches!(t(i), "-" | "+") {
        if t(i) == "-" {
            sign = -sign;
        }
        i += 1;
    }
    let x: i32 = t(i).parse().ok().filter(|x: &i32| x.abs() <= 30)?;
    Some((v.powi(sign * x), i + 1))
}

/// What may follow an integer part: decimals, a denominator, "and a half", "over three",
/// "dozen", a scale after a fraction.
fn tail(w: &[&str], v: f64, e: usize, scale: f64, tens: Option<f64>, k: usize) -> Parsed {
    let t = Tail {
        w,
        v,
        e,
        scale,
        tens,
        k,
    };
    t.spoken_decimal()
        .or_else(|| t.hundreds_fraction())
        .or_else(|| t.spelled_fraction())
        .or_else(|| t.over_ordinal())
        .or_else(|| t.and_fraction())
        .or_else(|| t.share())
        .or_else(|| t.over())
        .or_else(|| t.dozens())
        .unwrap_or_else(|| parsed(v, e, false))
}

/// A fraction read from words, ending before token `end`.
fn fraction(value: f64, end: usize) -> Parsed {
    Parsed {
        value,
        end,
        fraction: true,
        words: true,
    }
}

/// What follows an integer `v` read from token `k` up to token `e` (at scale `scale`, its
/// tens `tens`): each method reads one shape of tail, or nothing.
#[derive(Clone, Copy)]
struct Tail<'a, 'w> {
    w: &'a [&'w str],
    v: f64,
    e: usize,
    scale: f64,
    tens: Option<f64>,
    k: usize,
}

impl Tail<'_, '_> {
    /// Token `i` in lower case ("" past the end).
    fn word(&self, i: usize) -> String {
        self.w.get(i).map(|t| lower(t)).unwrap_or_default()
    }

    fn spoken_decimal(&self) -> Option<Parsed> {
        let Tail { w, v, e, .. } = *self;
        // "two hundred point seventy-one", "nought point nought three"
        if (self.word(e) == "point" || self.word(e) == "dot") && v.fract() == 0.0 {
            if let Some((d, end)) = spoken_decimals(w, e + 1) {
                if let Ok(x) = format!("{}.{d}", v as u64).parse::<f64>() {
                    return Some(parsed(x, end, true));
                }
            }
        }
        None
    }

    fn hundreds_fraction(&self) -> Option<Parsed> {
        let Tail { v, e, .. } = *self;
        // "ninety - five hundred-fifths" = 9500/5
        if let Some((h, d)) = self.word(e).split_once('-') {
            if let (Some(m), Some((d, true))) = (
                match h {
                    "hundred" => Some(100.0),
                    "thousand" => Some(1000.0),
                    _ => None,
                },
                denominator(d),
            ) {
                return Some(fraction(v * m / d, e + 1));
            }
        }
        None
    }

    fn spelled_fraction(&self) -> Option<Parsed> {
        let Tail {
            w, v, e, tens, k, ..
        } = *self;
        // "five eighths", "twenty one fifths", "one hundred thirty fifths" (100/35), "five -
        // eighths"
        let dash = self.word(e) == "-"
            && w.get(e + 1)
                .and_then(|t| denominator(t))
                .is_some_and(|d| d.1);
        let at = if dash { e + 1 } else { e };
        // digits take no spelled denominator: "100 millionths" is not 0.0001
        let in_words = w[k..e]
            .iter()
            .any(|t| !t.as_bytes().first().is_some_and(u8::is_ascii_digit));
        if let Some((d, plural)) = w.get(at).and_then(|t| denominator(t)).filter(|_| in_words) {
            if plural || v == 1.0 {
                let (num, den) = match tens {
                    Some(t) if d < 10.0 => (v - t, t + d),
                    _ => (v, d),
                };
                return Some(of_scale(w, num / den, at + 1));
            }
        }
        None
    }

    fn over_ordinal(&self) -> Option<Parsed> {
        let Tail { w, v, e, k, .. } = *self;
        // "one | one hundred and fifth" (1/105), "twenty | twenty fifths" (20/25), "three | twenty
        // firsts" (3/21): a number over an ordinal number
        if e > k {
            if let Some((m, e2, _, _, _)) = integer(w, e, false) {
                // "one hundred and fifth"
                let e2 = if self.word(e2) == "and"
                    && w.get(e2 + 1).is_some_and(|t| ordinal_word(t).is_some())
                    && m >= 100.0
                {
                    e2 + 1
                } else {
                    e2
                };
                if let Some(t) = w.get(e2) {
                    let l = lower(t);
                    let plural = l.ends_with('s');
                    let base = if plural {
                        &l[..l.len() - 1]
                    } else {
                        l.as_str()
                    };
                    // "seconds" are time, not a denominator
                    let time = base == "second";
                    if let Some(o) = ordinal_word(base).filter(|_| (plural || v == 1.0) && !time) {
                        let den = if o >= 100.0 && m < 100.0 {
                            m * o
                        } else if o < 100.0 && m % 10.0 == 0.0 && o < m {
                            m + o
                        } else {
                            0.0
                        };
                        if den > 0.0 {
                            return Some(fraction(v / den, e2 + 1));
                        }
                    }
                }
            }
        }
        None
    }

    fn and_fraction(&self) -> Option<Parsed> {
        let Tail { w, v, e, scale, .. } = *self;
        // "one and a half", "three million and a quarter", "two and fifty-four hundredths"
        if self.word(e) == "and" {
            if let Some((f, end)) = fraction_phrase(w, e + 1) {
                // "one billion and a half million": the fraction of the scale after it
                if let Some(s2) = w
                    .get(end)
                    .and_then(|t| scale_word(t))
                    .filter(|&s2| s2 < scale)
                {
                    return Some(parsed(v + f * s2, end + 1, true));
                }
                let unit = if scale >= 1e3 { scale } else { 1.0 };
                let mut x = v + f * unit;
                let mut end = end;
                // "five and a half million"
                if scale == 1.0 {
                    if let Some(s) = w.get(end).and_then(|t| scale_word(t)) {
                        x *= s;
                        end += 1;
                    }
                }
                return Some(parsed(x, end, true));
            }
        }
        None
    }

    fn share(&self) -> Option<Parsed> {
        let Tail { w, v, e, k, .. } = *self;
        // "one in five Syrians", "one out of three", "2 in 5 or more": a share, when nothing
        // but a name, "or" or the sentence's end follows ("3 in 12 hours" is no share)
        let out_of = self.word(e) == "out" && self.word(e + 1) == "of";
        if (self.word(e) == "in" || out_of) && e > k && v > 0.0 {
            let at = if out_of { e + 2 } else { e + 1 };
            if let Some((d, end, _, _, _)) = integer(w, at, false) {
                let after = w.get(end).copied().unwrap_or("");
                let ends = !after.chars().next().is_some_and(char::is_lowercase) || after == "or";
                if d > v && d <= 1000.0 && ends {
                    return Some(fraction(v / d, end));
                }
            }
        }
        None
    }

    fn over(&self) -> Option<Parsed> {
        let Tail { w, v, e, k, .. } = *self;
        // "one over three", "1 over 3"
        if self.word(e) == "over" && e > k {
            if let Some((d, end, _, _, _)) = integer(w, e + 1, false) {
                let ends_phrase = w
                    .get(end)
                    .is_none_or(|n| !n.chars().next().is_some_and(char::is_alphabetic));
                if d > v && d > 0.0 && ends_phrase {
                    return Some(fraction(v / d, end));
                }
            }
        }
        None
    }

    fn dozens(&self) -> Option<Parsed> {
        let Tail { v, e, .. } = *self;
        // "three dozens", "2 dozen"
        if matches!(self.word(e).as_str(), "dozen" | "dozens" | "doz" | "dozs") && v < 1000.0 {
            return Some(parsed(v * 12.0, e + 1, true));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<(f64, usize)> {
        let w: Vec<&str> = s.split(' ').collect();
        number(&w, 0).map(|p| (p.value, p.end))
    }

    #[test]
    fn table() {
        // input (tokens separated by spaces), value, tokens used
        let cases: &[(&str, f64, usize)] = &[
            ("1,500", 1500.0, 1),
            ("6.6 million", 6.6e6, 2),
            ("twenty-one", 21.0, 1),
            ("ninety five", 95.0, 2),
            ("two thousand five hundred", 2500.0, 4),
            ("three hundred and thirty one", 331.0, 5),
            ("4 thousand 3 hundred and 21", 4321.0, 6),
            ("4 thousand 3 hundred and 0", 4300.0, 4),
            ("three lakh crore", 3e12, 3),
            ("two hundred point seventy-one", 200.71, 4),
            ("nought point nought three", 0.03, 4),
            ("five eighths", 0.625, 2),
            ("twenty one fifths", 4.2, 3),
            ("one hundred and thirty fifths", 26.0, 5),
            ("minus one hundred thirty fifths", -100.0 / 35.0, 5),
            ("nine million and five ninths", 9e6 + 5e6 / 9.0, 5),
            ("one million and a half", 1.5e6, 5),
            ("five and a half million", 5.5e6, 5),
            ("two and fifty-four hundredths", 2.54, 4),
            ("one hundred and three quarters", 100.75, 5),
            ("a third", 1.0 / 3.0, 2),
            ("a trillionth", 1e-12, 2),
            ("a hundred", 100.0, 2),
            ("one over three", 1.0 / 3.0, 3),
            ("half a dozen", 6.0, 3),
            ("half million", 5e5, 2),
            ("three dozens", 36.0, 2),
            ("100k", 1e5, 1),
            ("1e10", 1e10, 1),
            ("1.3e6", 1.3e6, 1),
            ("1.111,11", 1111.11, 1),
            ("1 234 567", 1234567.0, 3),
            ("2 1/4", 2.25, 2),
            ("1/2", 0.5, 1),
            ("1/10th", 0.1, 1),
            ("1,674.5 G", 1.6745e12, 2),
            ("- 10 k", -1e4, 3),
            ("minus five point five", -5.5, 4),
            ("fifty - two", 52.0, 3),
            ("322 hundred", 32200.0, 2),
            ("two hundred and fifty-four hundredths", 200.54, 5),
            ("one billion and a half million", 1.0005e9, 6),
            ("two thirds of a million", 2e6 / 3.0, 5),
            ("one-eighth", 0.125, 1),
            ("five - eighths", 0.625, 3),
            ("2.5 ^ - 1", 0.4, 4),
            ("1.3x10 ^ 6", 1.3e6, 3),
            ("12.32e + 14", 1.232e15, 3),
            ("½", 0.5, 1),
            ("40 000", 40000.0, 2),
            ("one one hundred fifth", 1.0 / 105.0, 4),
            ("twenty twenty fifths", 0.8, 3),
            ("three twenty firsts", 3.0 / 21.0, 3),
            ("one in five", 0.2, 3),
            ("1 234 567.89", 1234567.89, 3),
        ];
        for &(input, v, n) in cases {
            let got = value(input);
            assert!(
                got.is_some_and(|(x, e)| (x - v).abs() <= 1e-9 * v.abs().max(1.0) && e == n),
                "{input}: got {got:?}, want ({v}, {n})"
            );
        }
        // "3 in 12 hours" is no share; "10 20 seconds" no fraction
        assert_eq!(value("3 in 12 hours"), Some((3.0, 1)));
        assert_eq!(value("10 20 seconds"), Some((10.0, 1)));
        for input in ["Tu-22M", "1:13", "04/11/2017", "and", "a few"] {
            assert_eq!(value(input), None, "{input}");
        }
    }
}
