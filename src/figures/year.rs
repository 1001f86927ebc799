//! Years: four digits from 1800 to 2100 written alone ("since 2014", "in 2017"), never a count
//! unless a counted noun in the plural follows ("2000 troops") or a comparison or currency
//! comes before ("more than 2000", "$2014").

use super::counted::is_stop;
use super::cursor::{Cx, Step};
use super::{compare, units, FigureKind, Qualifier};
use crate::text::TokenKind;

pub fn read(cx: &Cx, k: usize) -> Option<Step> {
    let w = cx.word(k);
    if cx.kind(k) != Some(TokenKind::Number)
        || w.len() != 4
        || !w.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let v: f64 = w.parse().ok()?;
    if !(1800.0..=2100.0).contains(&v)
        || compare::before(cx, k).0 != Qualifier::Exact
        || (k > 0 && units::symbol(cx.word(k - 1)).is_some())
    {
        return None;
    }
    let next = cx.word(k + 1);
    let counted = cx.low_word(k + 1) && next.ends_with('s') && !is_stop(next);
    if counted || units::unit_at(&cx.words, k + 1).is_some() {
        return None;
    }
    Some(Step::Figure(
        cx.exact(k, k + 1, FigureKind::Year, v, None),
        k + 1,
    ))
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
    }
}
