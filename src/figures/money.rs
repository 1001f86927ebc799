//! Money: a currency sign or code before the number ("$5 million", "US$ 15 million", "€1.2bn",
//! "USD 8 million", "Rs 500"), a sign, code or name after it ("10 $", "300 euros", "3.4
//! billion usd", "700 million Saudi riyals"), a scale after a code ("75 USD million"), and
//! cents ("3 dollars 50 cents", "thirteen dollars and forty-five cents").
//!
//! "Pounds" is a weight unless the copy makes it money: a scale word before it ("80 million
//! pounds"), "sterling" after it, or a pound sign elsewhere in the figure. "140,000 pounds of
//! cargo" stays a weight (a scale word with "of" after is a weight too: "2 million pounds of
//! fuel").

use super::cursor::Amount;
use super::cursor::Cx;
use super::mention::FigureKind;
use super::{number, units};

/// The currency written right before the number at `k`, and where it starts: a sign or code
/// ("$", "€", "GBP", "Rs"), with a country prefix glued or spaced ("US$", "US $"), or the
/// words "dollar"/"euro" ("dollar 22.5 million", as finance copy writes it).
pub fn sign_before(cx: &Cx, k: usize) -> Option<(&'static str, usize)> {
    if k == 0 {
        return None;
    }
    let prev = cx.word(k - 1);
    // a letter code in text set in capitals is a word ("TOP 10", "ALL 3 MEMBERS")
    let caps =
        |i: usize| cx.word(i).len() >= 2 && cx.word(i).chars().all(|c| c.is_ascii_uppercase());
    if prev.chars().all(|c| c.is_ascii_alphabetic()) && (caps(k + 1) || (k >= 2 && caps(k - 2))) {
        return None;
    }
    // "$US6,562": the sign, then the country glued to the number
    if k >= 2 && cx.glued(k) && cx.glued(k - 1) && cx.word(k - 2) == "$" {
        if let Some(c) = units::symbol(&format!("{prev}$")) {
            return Some((c, k - 2));
        }
    }
    let cur = units::symbol(prev).or_else(|| {
        matches!(
            prev.to_ascii_lowercase().as_str(),
            "dollar" | "dollars" | "euro" | "euros"
        )
        .then(|| units::unit_at(&cx.words, k - 1).map(|u| u.0))
        .flatten()
    })?;
    // "US$", "C$", "A$" split by the tokenizer into a prefix and the sign: the prefixed sign
    // names its own currency
    if k >= 2 && cx.glued(k - 1) && cx.kind(k - 2) == Some(crate::text::TokenKind::Word) {
        let joined = format!("{}{}", cx.word(k - 2), prev);
        let own = units::symbol(&joined).or_else(|| (cx.word(k - 2) == "U.S.").then_some(cur));
        if let Some(c) = own {
            return Some((c, k - 2));
        }
    }
    Some((cur, k - 1))
}

pub fn finish(cx: &Cx, a: &mut Amount) {
    pounds(cx, a);
    if a.kind != FigureKind::Money {
        return;
    }
    // "75 USD million"
    if let Some(s) = number::scale_word(cx.word(a.next)) {
        a.low *= s;
        a.high *= s;
        a.next += 1;
    }
    cents(cx, a);
}

/// "80 million pounds" is money, "140,000 pounds of cargo" a weight.
fn pounds(cx: &Cx, a: &mut Amount) {
    if a.unit != Some("lb")
        || !cx
            .word(a.next - 1)
            .to_ascii_lowercase()
            .starts_with("pound")
    {
        return;
    }
    if cx.is(a.next, "sterling") {
        a.next += 1;
    } else if !(a.scaled && !cx.is(a.next, "of")) {
        return;
    }
    a.kind = FigureKind::Money;
    a.unit = Some("GBP");
}

/// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 50".
fn cents(cx: &Cx, a: &mut Amount) {
    if a.low != a.high || a.low.fract() != 0.0 {
        return;
    }
    let at = if cx.is(a.next, "and") {
        a.next + 1
    } else {
        a.next
    };
    let Some(c) = number::number(&cx.words, at)
        .filter(|c| c.value > 0.0 && c.value < 100.0 && c.value.fract() == 0.0)
    else {
        return;
    };
    let named = cx.is_any(c.end, &["cents", "cent", "pence"]);
    let bare = !cx
        .word(c.end)
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
        && units::symbol(cx.word(c.end)).is_none();
    if (named || bare) && (matches!(a.unit, Some("USD" | "EUR" | "AUD" | "CAD")) || named) {
        a.low += c.value / 100.0;
        a.high = a.low;
        a.next = c.end + usize::from(named);
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    #[rustfmt::skip]
    const CASES: &[(&str, &str, f64, &str)] = &[
        ("The mayor sought $4.5 million for repairs.", "$4.5 million", 4.5e6, "USD"),
        ("It sold for £250,000 at auction.", "£250,000", 250000.0, "GBP"),
        ("The EU pledged €1.2bn in aid.", "€1.2bn", 1.2e9, "EUR"),
        ("He paid 300 euros for the ticket.", "300 euros", 300.0, "EUR"),
        ("The club paid US$ 15 million for him.", "US$ 15 million", 15e6, "USD"),
        ("A loaf now costs 150 naira.", "150 naira", 150.0, "NGN"),
        ("The startup raised USD 8 million.", "USD 8 million", 8e6, "USD"),
        ("A new hospital will cost 80 million pounds.", "80 million pounds", 8e7, "GBP"),
        ("The contract is worth 700 million Saudi riyals.", "700 million Saudi riyals", 7e8, "SAR"),
        ("Exports earned 3.4 billion usd last year.", "3.4 billion usd", 3.4e9, "USD"),
        ("Bail was set at $ 250,000.", "$ 250,000", 250000.0, "USD"),
        ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"),
        ("The price starts at dollar 22.5 million.", "dollar 22.5 million", 22.5e6, "USD"),
        ("It raised 75 USD million.", "75 USD million", 75e6, "USD"),
        ("A $500m hack hit the exchange.", "$500m", 5e8, "USD"),
        ("The deal is valued at C$3.1 billion.", "C$3.1 billion", 3.1e9, "CAD"),
        ("Tickets cost A$ 25 each.", "A$ 25", 25.0, "AUD"),
        ("Bitcoin was trading at $US6,562 on Monday.", "$US6,562", 6562.0, "USD"),
        ("Shares fell to $A300 on Monday.", "$A300", 300.0, "AUD"),
        ("The club paid US$ 15 million for him.", "US$ 15 million", 15e6, "USD"),
    ];

    #[test]
    fn reads_money() {
        for &(input, text, v, unit) in CASES {
            let got = figs(input);
            assert!(
                got.iter().any(|f| f.0.starts_with(text)
                    && f.1 == FigureKind::Money
                    && (f.2 - v).abs() < 1e-6
                    && f.5 == Some(unit)),
                "{input:?}: {got:?}"
            );
        }
    }

    #[test]
    fn a_conversion_takes_the_bound() {
        let got = figs("It will pay up to $50 million (£36 million) in damages.");
        assert_eq!(got[1].4, crate::figures::Qualifier::UpTo, "{got:?}");
    }

    #[test]
    fn codes_in_capitals_are_words() {
        assert!(!figs("THE TOP 10 PLAYERS")
            .iter()
            .any(|f| f.1 == FigureKind::Money));
    }

    #[test]
    fn pounds_of_cargo_are_a_weight() {
        let got = figs("The plane carried 140,000 pounds of cargo.");
        assert_eq!(got[0].1, FigureKind::Measure, "{got:?}");
        assert_eq!(got[0].5, Some("lb"));
    }
}
