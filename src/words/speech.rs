//! Verbs of speech and attribution, one table for every rule that reads them: the quote finder
//! takes a quote's attribution from them, and the tagger takes the subject of some of them for a
//! person or an organisation. Each verb carries the roles it plays ([`CUE`], [`AGENT`],
//! [`NAMES`]).
//!
//! Sources: the speech and reporting verbs of PolNeAR's cues (Newell et al. 2018) and the AP
//! stylebook's list of "said" alternatives, in the past and present tense; to these the tagger
//! adds a maker's acts ("unveiled", "acquired", "hired"), whose subject acts like a speaker's.

/// An attribution verb of a quote (`"...," said X`, `X told reporters "..."`).
pub const CUE: u8 = 1;
/// A verb whose subject speaks or decides: a person or an organisation, never a product or a
/// currency. Cues that also take things as subjects ("adds", "continues", "posted", "reported",
/// "called") lack it.
pub const AGENT: u8 = 2;
/// A verb after which a lone capitalised word opening a sentence is a speaker's name: "Mayhoub
/// said ...", "McGurk tweeted ..." (AP style writes a source's surname alone after the first
/// reference).
pub const NAMES: u8 = 4;

/// Every verb with its roles, sorted by bytes for [`roles`]' binary search.
#[rustfmt::skip]
const VERBS: &[(&str, u8)] = &[
    ("acknowledged", CUE | AGENT),
    ("acknowledges", CUE),
    ("acknowledging", CUE),
    ("acquired", AGENT),
    ("added", CUE | NAMES),
    ("added:", CUE),
    ("adding", CUE),
    ("adds", CUE),
    ("admits", CUE),
    ("admitted", CUE | AGENT),
    ("advised", CUE),
    ("agreed", CUE),
    ("agrees", CUE),
    ("announced", CUE | AGENT),
    ("announces", CUE | AGENT),
    ("answered", CUE),
    ("answers", CUE),
    ("argued", CUE | AGENT),
    ("argues", CUE),
    ("arguing", CUE),
    ("asked", CUE),
    ("asks", CUE),
    ("asserted", CUE),
    ("asserts", CUE),
    ("assured", CUE),
    ("barked", CUE),
    ("began", CUE),
    ("boasted", CUE),
    ("boasts", CUE),
    ("bragged", CUE),
    ("brags", CUE),
    ("called", CUE),
    ("calling", CUE),
    ("cautioned", CUE),
    ("chanted", CUE),
    ("charged", CUE),
    ("chimed", CUE),
    ("claimed", CUE),
    ("claims", CUE),
    ("clarified", CUE),
    ("commented", CUE | AGENT),
    ("comments", CUE),
    ("complained", CUE),
    ("complains", CUE),
    ("conceded", CUE),
    ("concedes", CUE),
    ("concluded", CUE),
    ("concludes", CUE),
    ("confessed", CUE),
    ("confirmed", CUE | AGENT),
    ("confirms", CUE | AGENT),
    ("contended", CUE),
    ("contends", CUE),
    ("continued", CUE),
    ("continues", CUE),
    ("corrected", CUE),
    ("countered", CUE),
    ("counters", CUE),
    ("cried", CUE),
    ("declared", CUE | AGENT),
    ("declares", CUE),
    ("declaring", CUE),
    ("declined", AGENT),
    ("demanded", CUE),
    ("demands", CUE),
    ("denied", AGENT),
    ("denies", AGENT),
    ("described", CUE),
    ("disagreed", CUE),
    ("echoed", CUE),
    ("echoes", CUE),
    ("elaborated", CUE),
    ("emailed", CUE),
    ("emphasised", CUE),
    ("emphasized", CUE),
    ("estimated", CUE),
    ("exclaimed", CUE),
    ("explained", CUE | AGENT),
    ("explaining", CUE),
    ("explains", CUE),
    ("fumed", CUE),
    ("griped", CUE),
    ("hired", AGENT),
    ("insisted", CUE | AGENT | NAMES),
    ("insisting", CUE),
    ("insists", CUE),
    ("interjected", CUE),
    ("interrupted", CUE),
    ("intoned", CUE),
    ("introduced", AGENT),
    ("joked", CUE),
    ("jokes", CUE),
    ("lamented", CUE),
    ("laments", CUE),
    ("laughed", CUE),
    ("maintained", CUE),
    ("maintains", CUE),
    ("mused", CUE),
    ("muses", CUE),
    ("noted", CUE | NAMES),
    ("notes", CUE),
    ("noting", CUE),
    ("objected", CUE),
    ("observed", CUE),
    ("observes", CUE),
    ("offered", CUE),
    ("opined", CUE),
    ("pledged", CUE),
    ("pledges", CUE),
    ("pointed", CUE),
    ("posted", CUE),
    ("predicted", CUE),
    ("predicts", CUE),
    ("pressed", CUE),
    ("proclaimed", CUE),
    ("proclaims", CUE),
    ("promised", CUE),
    ("promises", CUE),
    ("protested", CUE),
    ("quipped", CUE),
    ("quips", CUE),
    ("reacted", CUE),
    ("read", CUE),
    ("reads", CUE),
    ("recalled", CUE),
    ("recalls", CUE),
    ("recounted", CUE),
    ("recounts", CUE),
    ("refused", AGENT),
    ("reiterated", CUE),
    ("reiterates", CUE),
    ("rejoined", CUE),
    ("remarked", CUE),
    ("remarks", CUE),
    ("replied", CUE),
    ("replies", CUE),
    ("reported", CUE),
    ("reports", CUE),
    ("responded", CUE),
    ("responds", CUE),
    ("retorted", CUE),
    ("revealed", AGENT),
    ("reveals", AGENT),
    ("riffed", CUE),
    ("said", CUE | AGENT | NAMES),
    ("sang", CUE),
    ("say", CUE),
    ("saying", CUE),
    ("says", CUE | AGENT | NAMES),
    ("scoffed", CUE),
    ("scolded", CUE),
    ("screamed", CUE),
    ("shot", CUE),
    ("shouted", CUE),
    ("shouts", CUE),
    ("sighed", CUE),
    ("sings", CUE),
    ("snapped", CUE),
    ("speculated", CUE),
    ("stated", CUE | AGENT | NAMES),
    ("states", CUE),
    ("stressed", CUE),
    ("stresses", CUE),
    ("sued", AGENT),
    ("suggested", CUE),
    ("suggests", CUE),
    ("summed", CUE),
    ("surmised", CUE),
    ("telling", CUE),
    ("tells", CUE | AGENT),
    ("testified", CUE),
    ("texted", CUE),
    ("thundered", CUE),
    ("told", CUE | AGENT | NAMES),
    ("tweeted", CUE | AGENT | NAMES),
    ("tweeting", CUE),
    ("tweets", CUE),
    ("underscored", CUE),
    ("unveiled", AGENT),
    ("unveils", AGENT),
    ("urged", CUE),
    ("urges", CUE),
    ("vowed", CUE),
    ("vows", CUE),
    ("warned", CUE | AGENT | NAMES),
    ("warning", CUE),
    ("warns", CUE),
    ("went", CUE),
    ("whispered", CUE),
    ("wondered", CUE),
    ("wonders", CUE),
    ("writes", CUE | AGENT),
    ("writing", CUE),
    ("wrote", CUE | AGENT | NAMES),
    ("yelled", CUE),
    ("yells", CUE),
];

/// The roles of a word as written (case matters: "Said" opening a sentence is not listed).
pub fn roles(word: &str) -> u8 {
    VERBS
        .binary_search_by(|(v, _)| v.cmp(&word))
        .map_or(0, |i| VERBS[i].1)
}

/// Whether a word is an attribution verb of a quote ([`CUE`]).
pub fn is_cue(word: &str) -> bool {
    roles(word) & CUE != 0
}

/// Whether a verb's subject speaks or decides ([`AGENT`]).
pub fn takes_agent(word: &str) -> bool {
    roles(word) & AGENT != 0
}

/// Whether a lone capitalised word before this verb, opening a sentence, names a speaker
/// ([`NAMES`]).
pub fn follows_speaker_name(word: &str) -> bool {
    roles(word) & NAMES != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(VERBS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(VERBS.iter().all(|&(_, r)| r != 0));
    }

    #[rustfmt::skip]
    #[test]
    fn roles_of_verbs() {
        for (w, cue, agent, names) in [
            ("said",      true,  true,  true),
            ("added",     true,  false, true),
            ("reported",  true,  false, false),
            ("acquired",  false, true,  false),
            ("Said",      false, false, false),
            ("sung",      false, false, false),
        ] {
            assert_eq!((is_cue(w), takes_agent(w), follows_speaker_name(w)), (cue, agent, names), "{w}");
        }
    }
}
