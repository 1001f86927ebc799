//! Years: four digits from 1800 to 2100 written alone ("since 2014", "in 2017", "Euro 2016"),
//! with a possessive ("2018's"), and decades ("the 1950s", a year range). Never a count after a
//! comparison or currency ("more than 2000", "$2014") or before a unit; before a plural noun a
//! count when round or old ("2000 troops"), a year when recent ("the 2015 assaults": AP style
//! writes counts of a thousand or more with a comma).

use super::counted::is_stop;
use super::cursor::{Cx, Step};
use super::mention::{FigureKind, Qualifier};
use super::{compare, units};
use crate::text::TokenKind;

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    let w = cx.word(k);
    // "the 1950s", "2018's Galaxy S9": a decade, a year with a possessive
    let (digits, decade) = match w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")) {
        Some(d) => (d, false),
        None => match w.strip_suffix('s') {
            Some(d) if d.ends_with('0') => (d, true),
            _ => (w, false),
        },
    };
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: f64 = digits.parse().ok()?;
    if !(1800.0..=2100.0).contains(&v)
        || compare::before(cx, k).0 != Qualifier::Exact
        || (k > 0 && units::symbol(cx.word(k - 1)).is_some())
    {
        return None;
    }
    let plain = cx.kind(k) == Some(TokenKind::Number);
    if plain {
        // "2000 troops" is a count; "the 2015 assaults" a year: news writes counts of a
        // thousand or more with a comma (AP style), so a recent year that is not a round
        // number stays a year before a plural noun
        let next = cx.word(k + 1);
        let counted = cx.low_word(k + 1) && next.ends_with('s') && !is_stop(next);
        let recent = (1950.0..=2100.0).contains(&v) && v % 100.0 != 0.0;
        if (counted && !recent) || units::unit_at(&cx.words, k + 1).is_some() {
            return None;
        }
    }
    let high = if decade { v + 9.0 } else { v };
    let f = cx.figure(k, k + 1, FigureKind::Year, v, high, None, Qualifier::Exact);
    Some(Step::Figure(f, k + 1))
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figs;
    use crate::figures::FigureKind;

    #[test]
    fn reads_years_not_counts() {
        let got = figs("Since 2014 the group has grown.");
        assert_eq!(got[0].1, FigureKind::Year);
        let got = figs("It sent 2000 troops.");
        assert_eq!(got[0].1, FigureKind::Count);
        let got = figs("It has more than 2000 members.");
        assert_eq!(got[0].1, FigureKind::Count);
        let got = figs("After the 2015 assaults the city changed.");
        assert_eq!((got[0].1, got[0].2), (FigureKind::Year, 2015.0));
        let got = figs("Since the 1950s it has grown.");
        assert_eq!(
            (got[0].1, got[0].2, got[0].3),
            (FigureKind::Year, 1950.0, 1959.0)
        );
        let got = figs("It is 2018's best phone.");
        assert_eq!((got[0].1, got[0].2), (FigureKind::Year, 2018.0));
        let got = figs("On New Year's Eve 2015 it began.");
        assert_eq!((got[0].1, got[0].2), (FigureKind::Year, 2015.0));
    }
}
