//! Small closed word lists the rules rely on: abbreviations that do not end a sentence, titles
//! that introduce a person, organisation head words, Arabic articles, country and demonym names,
//! and capitalised function words. They are closed classes of English news style (AP and Reuters
//! style guides list the titles and abbreviations), not open vocabularies: open vocabularies belong
//! in trained models and generated tables.

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

/// Arabic definite articles and particles written before a name ("al-Assad", "el-Zour", "ez-Zor").
const ARABIC_ARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "ul", "ibn", "bin",
];

pub fn is_arabic_article(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    ARABIC_ARTICLES.contains(&lower.as_str())
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

/// Countries and regions as written in English news (ISO 3166 short names and common forms).
pub const PLACES: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "America",
    "Angola",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahrain",
    "Bangladesh",
    "Belarus",
    "Belgium",
    "Bolivia",
    "Bosnia",
    "Brazil",
    "Britain",
    "Bulgaria",
    "Burma",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Congo",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czechia",
    "Denmark",
    "Egypt",
    "England",
    "Eritrea",
    "Estonia",
    "Ethiopia",
    "Europe",
    "Finland",
    "France",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Guatemala",
    "Haiti",
    "Hungary",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Korea",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Libya",
    "Lithuania",
    "Macedonia",
    "Malaysia",
    "Mali",
    "Mexico",
    "Moldova",
    "Mongolia",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Nepal",
    "Netherlands",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "Norway",
    "Oman",
    "Pakistan",
    "Palestine",
    "Panama",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Scotland",
    "Senegal",
    "Serbia",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Somalia",
    "Spain",
    "Sudan",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Uganda",
    "Ukraine",
    "Uruguay",
    "Uzbekistan",
    "Venezuela",
    "Vietnam",
    "Wales",
    "Yemen",
    "Zambia",
    "Zimbabwe",
    "Africa",
    "Asia",
    "Gaza",
    "Kurdistan",
    "US",
    "USA",
    "UK",
    "UAE",
    "DPRK",
    "PRC",
    "USSR",
    "Soviet Union",
    "U.S.",
    "U.K.",
    "Washington",
    "Moscow",
    "London",
    "Paris",
    "Beijing",
    "Tehran",
    "Baghdad",
    "Damascus",
    "Beirut",
    "Cairo",
    "Riyadh",
    "Ankara",
    "Istanbul",
    "Berlin",
    "Brussels",
    "Kabul",
    "Tokyo",
    "Seoul",
    "Delhi",
    "Jerusalem",
    "Mosul",
    "Raqqa",
    "Aleppo",
    "Astana",
    "Kiev",
    "Kyiv",
    "Rome",
    "Madrid",
    "New York",
    "Mediterranean",
    "Euphrates",
    "Tigris",
    "Anbar",
    "United States",
    "United Kingdom",
    "Middle East",
    "Saudi Arabia",
    "South Korea",
    "North Korea",
    "New Zealand",
    "South Africa",
];

/// Head words that make a capitalised phrase a place ("Euphrates River Valley", "Mediterranean Sea").
pub const PLACE_HEADS: &[&str] = &[
    "River",
    "Valley",
    "Sea",
    "Ocean",
    "Mountains",
    "Mountain",
    "Mount",
    "Province",
    "Desert",
    "Gulf",
    "Lake",
    "Island",
    "Islands",
    "Bay",
    "Strait",
    "Canal",
    "Square",
    "Street",
    "Road",
    "Avenue",
    "County",
    "District",
    "Region",
    "Peninsula",
    "Coast",
    "Heights",
    "Basin",
    "Plain",
    "Plains",
    "Hills",
    "Airport",
    "Bridge",
];

/// Nationalities, religious and political groups (schema type GROUP).
pub const DEMONYMS: &[&str] = &[
    "Afghan",
    "African",
    "Albanian",
    "Algerian",
    "American",
    "Americans",
    "Arab",
    "Arabic",
    "Argentine",
    "Armenian",
    "Asian",
    "Australian",
    "Austrian",
    "Belgian",
    "Brazilian",
    "British",
    "Canadian",
    "Chinese",
    "Christian",
    "Christians",
    "Colombian",
    "Cuban",
    "Czech",
    "Danish",
    "Dutch",
    "Egyptian",
    "English",
    "European",
    "Europeans",
    "Finnish",
    "French",
    "German",
    "Greek",
    "Hindu",
    "Hungarian",
    "Indian",
    "Indonesian",
    "Iranian",
    "Iraqi",
    "Iraqis",
    "Irish",
    "Islamic",
    "Islamist",
    "Israeli",
    "Italian",
    "Japanese",
    "Jewish",
    "Jews",
    "Jordanian",
    "Korean",
    "Kurd",
    "Kurdish",
    "Kurds",
    "Kuwaiti",
    "Lebanese",
    "Libyan",
    "Mexican",
    "Muslim",
    "Muslims",
    "Nigerian",
    "Norwegian",
    "Pakistani",
    "Palestinian",
    "Palestinians",
    "Persian",
    "Polish",
    "Portuguese",
    "Qatari",
    "Republican",
    "Republicans",
    "Democrat",
    "Democrats",
    "Russian",
    "Russians",
    "Saudi",
    "Scottish",
    "Shi'ite",
    "Shiite",
    "Shia",
    "Shi'ites",
    "Shiites",
    "Sunni",
    "Sunnis",
    "Spanish",
    "Swedish",
    "Swiss",
    "Syrian",
    "Syrians",
    "Turkish",
    "Turk",
    "Turks",
    "Ukrainian",
    "Uzbek",
    "Vietnamese",
    "Welsh",
    "Yemeni",
    "Yazidi",
    "Alawite",
    "Catholic",
    "Protestant",
    "Western",
    "Eastern",
];

/// Head words that make a capitalised phrase an organisation.
pub const ORG_HEADS: &[&str] = &[
    "Ministry",
    "Army",
    "Forces",
    "Force",
    "Observatory",
    "Agency",
    "Council",
    "Coalition",
    "Party",
    "Front",
    "Committee",
    "University",
    "Company",
    "Corporation",
    "Corp",
    "Inc",
    "Ltd",
    "Bank",
    "Times",
    "Post",
    "News",
    "Press",
    "Union",
    "Organisation",
    "Organization",
    "Institute",
    "Department",
    "Command",
    "Guard",
    "Guards",
    "Units",
    "Unit",
    "Brigade",
    "Brigades",
    "Battalion",
    "Militia",
    "Movement",
    "Group",
    "Association",
    "Federation",
    "Commission",
    "Office",
    "Parliament",
    "Congress",
    "Senate",
    "Court",
    "Police",
    "Navy",
    "Ministries",
    "Network",
    "Media",
    "Television",
    "TV",
    "Radio",
    "Journal",
    "Herald",
    "Telegraph",
    "Tribune",
    "Star-Times",
    "Democratic",
    "Nations",
    "State",
    "Academy",
    "Foundation",
    "Authority",
    "Service",
    "Services",
    "Airlines",
    "Group",
    "Club",
    "FC",
    "Alliance",
    "League",
    "Board",
    "Agency",
    "Administration",
    "Cabinet",
];

/// Well-known organisations written as one capitalised word or acronym.
pub const ORGS: &[&str] = &[
    "ISIS",
    "ISIL",
    "IS",
    "Isis",
    "Daesh",
    "Hezbollah",
    "Hamas",
    "Taliban",
    "Reuters",
    "AFP",
    "AP",
    "SANA",
    "NATO",
    "UN",
    "EU",
    "United Nations",
    "European Union",
    "UNHCR",
    "UNICEF",
    "WHO",
    "IMF",
    "Pentagon",
    "Kremlin",
    "BBC",
    "CNN",
    "PMF",
    "SDF",
    "YPG",
    "PKK",
    "Al-Akhbar",
    "Islamic State",
    "Islamic State of Iraq and the Levant",
    "Islamic State of Iraq and Syria",
    "Popular Mobilisation Forces",
    "Popular Mobilization Forces",
    "Popular Mobilisation Units",
    "Syrian Democratic Forces",
    "Hashed al-Shaabi",
    "Hashd al-Shaabi",
    "Qaeda",
    "al-Qaeda",
    "Nusra",
    "FBI",
    "CIA",
    "NSA",
    "Interpol",
    "Google",
    "Facebook",
    "Twitter",
    "Apple",
    "Microsoft",
    "Amazon",
];

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

/// Days and months: dates, never names of people or places.
pub fn is_calendar_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    ) || is_month_abbreviation(w)
}

/// A month's abbreviation in AP style and the common short forms ("Jan", "Sept").
pub fn is_month_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// A weekday's abbreviation as timestamps write it ("Mon, 1 Jan 2018"); "Sun" is left out, a
/// word and a newspaper's name too.
pub fn is_weekday_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Sat"
    )
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

/// Place, country or demonym known by the lists above (used to repair lost hyphens).
pub fn is_known_name(word: &str) -> bool {
    PLACES.contains(&word)
        || DEMONYMS.contains(&word)
        || matches!(word, "Iran" | "US" | "UN" | "NATO" | "Saudi")
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
