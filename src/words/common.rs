//! Closed word lists of English news style the text and name rules share: abbreviations that do
//! not end a sentence (AP and Reuters style), participles copy glues to a name when a hyphen is
//! lost, plurals, and capitalised words that are common words, never names.

/// Abbreviations whose period does not end a sentence (AP style titles, months, corporate suffixes).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "cpl", "pvt", "adm",
    "cmdr", "brig", "gov", "sen", "rep", "rev", "st", "jr", "sr", "co", "corp", "inc", "ltd", "no",
    "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "approx", "dept", "est", "fig", "pres", "supt", "insp", "det", "cdr", "gens", "sens", "reps",
    "messrs", "mme", "mlle", "ave", "blvd",
];

pub fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    // Initials ("J.") and dotted abbreviations ("U.S", "e.g").
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Participles that print-derived copy glues to a name when it drops a hyphen ("USled").
pub const GLUED_PARTICIPLES: &[&str] = &[
    "led",
    "backed",
    "based",
    "held",
    "run",
    "born",
    "funded",
    "allied",
    "controlled",
    "owned",
    "supported",
    "linked",
];

/// A plural noun made singular ("females" → "female", "casualties" → "casualty", "firms" →
/// "firm"); a word that is no regular plural comes back as it is ("bus", "glass").
pub fn singular(w: &str) -> String {
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() >= 3) {
        return format!("{s}y");
    }
    match w.strip_suffix('s') {
        Some(s) if s.len() >= 3 && !s.ends_with('s') && !s.ends_with('u') => s.to_string(),
        _ => w.to_string(),
    }
}

pub fn is_glued_participle(word: &str) -> bool {
    GLUED_PARTICIPLES.contains(&word)
}

/// Capitalised words that start sentences or headlines but are not names (closed-class English
/// function words, plus frequent sentence openers of news copy).
const CAPITALISED_COMMON: &[&str] = &[
    "A",
    "An",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "From",
    "By",
    "With",
    "Without",
    "To",
    "Into",
    "And",
    "But",
    "Or",
    "Nor",
    "So",
    "Yet",
    "If",
    "When",
    "While",
    "Where",
    "Why",
    "How",
    "What",
    "Who",
    "Which",
    "After",
    "Before",
    "During",
    "Since",
    "Until",
    "As",
    "Although",
    "Though",
    "Because",
    "Both",
    "Either",
    "Neither",
    "Each",
    "Every",
    "All",
    "Some",
    "Many",
    "Most",
    "More",
    "Few",
    "Several",
    "Other",
    "Another",
    "Such",
    "No",
    "Not",
    "Yes",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "Them",
    "Us",
    "There",
    "Here",
    "Then",
    "Now",
    "Also",
    "However",
    "Meanwhile",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "First",
    "Second",
    "Third",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Over",
    "Under",
    "Across",
    "Against",
    "Among",
    "Between",
    "Through",
    "Toward",
    "Towards",
    "Near",
    "Around",
    "About",
    "Above",
    "Below",
    "Within",
    "Despite",
    "Amid",
    "According",
    "Driven",
    "Government",
    "Forces",
    "Experts",
    "Authorities",
    "Officials",
    "Troops",
    "Civilians",
    "Video",
    "Photo",
    "Source",
    "Sources",
    "Region",
    "Smoke",
    "Operations",
    "Engineering",
    "Planning",
    "Newspapers",
    "Washington's",
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Be",
    "Has",
    "Have",
    "Had",
    "Will",
    "Would",
    "Can",
    "Could",
    "May",
    "Might",
    "Must",
    "Should",
    "Just",
    "Only",
    "Even",
    "Still",
    "Already",
    "Instead",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Guerrilla-style",
    "Caliphate",
    "Assaults",
    "Iraqis",
    "Any",
    "Once",
    "Than",
    "Like",
    "Unlike",
    "Whether",
    "Whatever",
    "Whoever",
    "Let",
    "Please",
    "Thank",
    "Thanks",
    "Well",
    "Oh",
    "Mr",
    "Mrs",
    "Ms",
];

pub fn is_capitalised_common(word: &str) -> bool {
    CAPITALISED_COMMON.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations() {
        for (w, want) in [
            ("Gen", true),
            ("U.S", true),
            ("J", true),
            ("Nov", true),
            ("spoke", false),
            ("Iraq", false),
        ] {
            assert_eq!(is_abbreviation(w), want, "{w}");
        }
    }
}
