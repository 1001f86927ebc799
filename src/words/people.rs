//! The words around a person's name: titles that introduce one (AP style's titles and
//! honorifics), generation suffixes that end one ("Jr.", "III"), Arabic articles and the
//! lower-case connectors allowed inside a capitalised name ("Bank of England", "Bashar al Assad").

/// Arabic definite articles and particles written before a name ("al-Assad", "el-Zour", "ez-Zor").
const ARABIC_ARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "ul", "ibn", "bin",
];

pub fn is_arabic_article(word: &str) -> bool {
    ARABIC_ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Titles and ranks that introduce a person's name (AP style), longest first where they nest.
pub const TITLES: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Gen",
    "Gen.",
    "General",
    "Col",
    "Col.",
    "Colonel",
    "Lt",
    "Lt.",
    "Lieutenant",
    "Maj",
    "Maj.",
    "Major",
    "Sgt",
    "Sgt.",
    "Sergeant",
    "Capt",
    "Capt.",
    "Captain",
    "Adm",
    "Adm.",
    "Admiral",
    "Brig",
    "Brig.",
    "Brigadier",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Prof",
    "Prof.",
    "Professor",
    "Gov",
    "Gov.",
    "Governor",
    "Sen",
    "Sen.",
    "Senator",
    "Rep",
    "Rep.",
    "Representative",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Ayatollah",
    "Pope",
    "Chancellor",
    "Secretary",
    "Spokesman",
    "Spokeswoman",
    "Envoy",
    "Ambassador",
    "Chief",
    "Commander",
    "Judge",
    "Justice",
    "Mayor",
    "Emir",
    "Sultan",
    "Vice",
    "Deputy",
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "Army",
    "Iraqi",
    "Syrian",
    "Russian",
    "US",
    "U.S.",
    "American",
    "Iranian",
    "Israeli",
];

/// Titles that by themselves say the next name is a person (the ones above that are not also
/// nationalities or organisation words).
pub fn is_person_title(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "President"
            | "Minister"
            | "Gen"
            | "General"
            | "Col"
            | "Colonel"
            | "Lt"
            | "Lieutenant"
            | "Maj"
            | "Major"
            | "Sgt"
            | "Sergeant"
            | "Capt"
            | "Captain"
            | "Adm"
            | "Admiral"
            | "Brig"
            | "Brigadier"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Professor"
            | "Gov"
            | "Governor"
            | "Sen"
            | "Senator"
            | "Rep"
            | "Representative"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Sheikh"
            | "Ayatollah"
            | "Pope"
            | "Chancellor"
            | "Secretary"
            | "Spokesman"
            | "Spokeswoman"
            | "Envoy"
            | "Ambassador"
            | "Commander"
            | "Judge"
            | "Mayor"
            | "Emir"
            | "Sultan"
    )
}

pub fn is_title(word: &str) -> bool {
    TITLES.contains(&word)
}

/// Generation suffixes that end a person's name ("Jr.", "Sr.", "III"), without their period.
pub const GENERATION_SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// Whether a word, with or without its period and in any case, is a generation suffix.
pub fn is_generation_suffix(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    GENERATION_SUFFIXES
        .iter()
        .any(|s| s.eq_ignore_ascii_case(w))
}

/// Lowercase words allowed inside a capitalised name ("Syrian Observatory for Human Rights",
/// "Bashar al Assad", "Bank of England", "Deir ez Zor").
pub fn is_name_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for"
            | "al"
            | "el"
            | "ez"
            | "az"
            | "bin"
            | "ibn"
            | "de"
            | "der"
            | "van"
            | "von"
            | "du"
            | "and"
    )
}
