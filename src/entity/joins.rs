//! The rules by which a short name joins a longer one, shared by the article
//! ([`super::coref`], over the names written before) and the story ([`super::align`], over the
//! names of every source): a surname joins the full name it ends, a family or given name the
//! one it opens, an acronym the name whose initials it spells (Schwartz & Hearst 2003 for short
//! forms defined in brackets). Each rule names its candidates; the caller decides among them
//! (the one candidate, or the far more prominent one).

use super::mention::EntityType;
use crate::names;

/// Whether the one-word name `short` ends the multi-word name `full` (word lists of
/// [`names::words`]): "Dillon" ends "Ryan Dillon".
pub fn ends(short: &[String], full: &[String]) -> bool {
    full.len() > 1 && short.len() == 1 && full.last() == short.last()
}

/// Whether the one-word name `short` opens the multi-word name `full`: "Kim" opens "Kim Jong
/// Un" (a family name written first, or a given name used alone).
pub fn opens(short: &[String], full: &[String]) -> bool {
    full.len() > 1 && short.len() == 1 && full.first() == short.first()
}

/// The initials a name can be abbreviated by: a name of several words of anything but a
/// person ("Popular Mobilisation Forces": "PMF").
pub fn initials_of(name: &str, etype: EntityType) -> Option<String> {
    (etype != EntityType::Person && name.contains(' ')).then(|| names::initials(name))
}

/// The one item an iterator yields: `None` when it yields none or several (a short form two
/// longer names could stand for stays apart).
pub fn the_one<T>(mut candidates: impl Iterator<Item = T>) -> Option<T> {
    match (candidates.next(), candidates.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        names::words(s)
    }

    #[rustfmt::skip]
    #[test]
    fn short_names_and_the_names_they_end_or_open() {
        for (short, full, ends_it, opens_it) in [
            ("Dillon", "Ryan Dillon",  true,  false),
            ("Kim",    "Kim Jong Un",  false, true),
            ("Dillon", "Dillon",       false, false),
            ("Ryan",   "Ryan Dillon",  false, true),
            ("Jones",  "Ryan Dillon",  false, false),
        ] {
            assert_eq!((ends(&w(short), &w(full)), opens(&w(short), &w(full))), (ends_it, opens_it), "{short} / {full}");
        }
    }

    #[test]
    fn initials_of_names_a_short_form_can_abbreviate() {
        assert_eq!(
            initials_of("Popular Mobilisation Forces", EntityType::Org).as_deref(),
            Some(names::initials("Popular Mobilisation Forces").as_str())
        );
        assert_eq!(initials_of("Ryan Dillon", EntityType::Person), None);
        assert_eq!(initials_of("Baghdad", EntityType::Place), None);
        assert_eq!(the_one([1, 2].into_iter()), None);
        assert_eq!(the_one([7].into_iter()), Some(7));
        assert_eq!(the_one(std::iter::empty::<u8>()), None);
    }
}
