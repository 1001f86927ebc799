//! Story entities: one per real-world thing across all articles.
//!
//! Each article's entities are first blocked by a key: the place's group in the GeoNames alias
//! table ([`crate::aliases`]) when it has one, else the spelling-independent name key
//! ([`crate::names::key`]: case, diacritics, articles and hyphens folded; "Daesh" = "ISIS").
//! Groups are then joined, each rule by a key of its own (never all pairs):
//! - transliteration: the consonant skeleton of the key ("Deir Ezzor" = "Deir al-Zour" =
//!   "Dayr az-Zawr": d-r-z-r), for names of at least four consonants with the same first letter;
//! - a surname alone ("Mayhoub") joins the one full name in the story that ends with it, or
//!   the one named at least twice as often as the others together, or the one surname a single
//!   letter from it ("Schacham", "Shacham"); a family name written first ("Kim") the full name
//!   it opens, when it ends none; a bare organisation word ("the Zoo") or title word ("Trek")
//!   likewise, and a head word ("the Times") only when one organisation ends with it;
//! - full names with the same first and last word and agreeing middles are one person
//!   ("Brian G. Nichols", "Brian Nichols");
//! - a site by its address joins the organisation it spells ("DxOMark.com"), never a place;
//! - an acronym ("PMF") joins the one organisation whose initials it spells, or that a source
//!   defined it for in brackets ("Korean Central Television (KCTV)");
//! - "the North" joins the country its compass word opens.
//!
//! The articles are aligned in a fixed order of their own (longest first), so the table is the
//! same whatever order the sources are given in.
//!
//! The row's type is voted over all mentions with the cues of their neighbours; a name sources
//! call an app, a chip or a currency more often than it speaks or owns is a product (MISC).
//!
//! An administrative area ("Deir el-Zour province") stays apart from the city, and a demonym
//! ("Syrian") from its country ("Syria"): their keys differ. A variant one letter away from the
//! name most sources use, written by fewer sources and not a known GeoNames variant, is flagged
//! `misspelling` ("Haider al-Abdi" against "al-Abadi").

use super::coref::LocalEntity;
use super::joins;
use super::mention::EntityType;
pub use super::rows::StoryEntity;
use super::rows::{accumulate, rows};
use crate::aliases;
use crate::analysis::Article;
use crate::names;
use crate::util::FastMap as HashMap;
use crate::util::UnionFind;

/// The base name of an entity without its administrative noun ("Deir el-Zour province" -> "Deir el-Zour").
fn base_name(e: &LocalEntity) -> &str {
    match e.admin {
        Some(a) => e.name.strip_suffix(a).map(str::trim_end).unwrap_or(&e.name),
        None => &e.name,
    }
}

/// The blocking key of an article entity.
fn block_key(e: &LocalEntity) -> String {
    let base = base_name(e);
    let sk = names::spelling_key(base);
    // French transliteration writes the Arabic "Abu" as a glued "Bou" ("Boukamal" = "Abu Kamal")
    let bou = sk
        .strip_prefix("bou")
        .filter(|r| r.len() >= 4)
        .map(|r| format!("abu{r}"));
    let k = match aliases::group(&sk).or_else(|| bou.as_deref().and_then(aliases::group)) {
        Some(g) => format!("geo:{g}"),
        None => names::key(base),
    };
    match e.admin {
        Some(a) => format!("{k}/{a}"),
        None => k,
    }
}

/// The one name of `candidates` a bare surname stands for: the only one, or the one the story
/// names at least twice as often as all the others together ("Thurman" in a story about Uma
/// Thurman that once names her father Robert Thurman). The most prominent candidate is the
/// likeliest referent (salience, as in Lappin & Leass 1994); a close second makes it unsure.
fn dominant(candidates: &[usize], mentions: &[usize]) -> Option<usize> {
    let &top = candidates.iter().max_by_key(|&&b| mentions[b])?;
    let rest: usize = candidates
        .iter()
        .filter(|&&b| b != top)
        .map(|&b| mentions[b])
        .sum();
    (mentions[top] >= 2 * rest.max(1) || candidates.len() == 1).then_some(top)
}

/// The one surname of `buckets` (by first letter and length) one edit from `word`, for words
/// of five letters or more (shorter ones are too close to other names: "Kim", "Kin").
fn slipped_surname<'a>(
    word: &str,
    buckets: &HashMap<(char, usize), Vec<&'a str>>,
) -> Option<&'a str> {
    let n = word.chars().count();
    let first = word.chars().next()?;
    if n < 5 {
        return None;
    }
    let mut found = None;
    for len in [n - 1, n, n + 1] {
        for &s in buckets.get(&(first, len)).map_or(&[][..], Vec::as_slice) {
            if s != word && names::edit_distance(s, word) == 1 {
                if found.is_some() {
                    return None;
                }
                found = Some(s);
            }
        }
    }
    found
}

/// Consonant skeleton of a key, for transliteration variants: vowels (and y, w) dropped,
/// q and c read as k, doubled letters single ("deirezzor" -> "drzr").
pub fn skeleton(key: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    for c in key.chars() {
        let c = match c {
            'q' | 'c' => 'k',
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' => continue,
            c if c.is_ascii_digit() => c,
            c if !c.is_ascii_alphabetic() => continue,
            c => c,
        };
        if c != last {
            out.push(c);
            last = c;
        }
    }
    out
}

fn first_letter(key: &str) -> char {
    match key.chars().next().unwrap_or(' ') {
        'q' | 'c' => 'k',
        c => c,
    }
}

/// Aligns the entities of the articles: story entities and, per article, local → story index.
///
/// The table does not depend on the order the articles come in: they are aligned in one
/// fixed order of their own (longest text first, ties by a hash of the text), and the result
/// mapped back to the order given. Which source's spelling opens a block, which candidate wins
/// a tie: each is then the same however a user pastes the sources.
pub fn align(articles: &[Article]) -> (Vec<StoryEntity>, Vec<Vec<usize>>) {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| {
        let t = &articles[i].text;
        (std::cmp::Reverse(t.len()), fnv(t), i)
    });
    let fixed: Vec<&Article> = order.iter().map(|&i| &articles[i]).collect();
    let (mut entities, fixed_of) = align_fixed(&fixed);
    for e in &mut entities {
        for m in &mut e.mentions {
            m.0 = order[m.0];
        }
        e.mentions.sort_unstable();
    }
    let mut entity_of = vec![Vec::new(); articles.len()];
    for (k, of) in fixed_of.into_iter().enumerate() {
        entity_of[order[k]] = of;
    }
    (entities, entity_of)
}

/// Step 2b': Full names with the same first and last word are one person when their middles agree:
/// "Brian Nichols", "Brian G. Nichols" and "Brian Gene Nichols"; "Tanya Wilson" and "Tanya Renee
/// Wilson" (news gives a middle name or initial at first mention, in court reports above all,
/// and drops it after). Two middles that differ in their first letter ("John A. Smith", "John B.
/// Smith") are two people, and then none of that name is joined.
fn join_middle_names(reps: &[&LocalEntity], uf: &mut UnionFind) {
    let mut groups: HashMap<(String, String), Vec<(usize, Option<char>)>> = HashMap::default();
    for (b, e) in reps.iter().enumerate() {
        if e.etype != EntityType::Person {
            continue;
        }
        let mut w = names::words(&e.name);
        while w.len() > 2
            && w.last()
                .is_some_and(|l| crate::words::is_generation_suffix(l))
        {
            w.pop();
        }
        if let [first, middle @ .., last] = w.as_slice() {
            let initial = middle.first().and_then(|m| m.chars().next());
            groups
                .entry((first.clone(), last.clone()))
                .or_default()
                .push((b, initial));
        }
    }
    for members in groups.values() {
        let mut initials: Vec<char> = members.iter().filter_map(|m| m.1).collect();
        initials.sort_unstable();
        initials.dedup();
        if members.len() > 1 && initials.len() <= 1 {
            for m in &members[1..] {
                uf.union(members[0].0, m.0);
            }
        }
    }
}

/// 2f. A site named by its address is the organisation of that name ("DxOMark.com" and
/// "DxOMark", "BGR.com" and "BGR"), never the place ("Cincinnati.com" is not Cincinnati).
fn join_sites(reps: &[&LocalEntity], uf: &mut UnionFind) {
    let mut by_key: HashMap<String, usize> = HashMap::default();
    for (b, e) in reps.iter().enumerate() {
        // a city the tagger called an organisation is still the city
        let place = aliases::is_main_name(&names::spelling_key(&e.name));
        if matches!(e.etype, EntityType::Org | EntityType::Misc) && !place {
            by_key.entry(names::key(&e.name)).or_insert(b);
        }
    }
    for (b, e) in reps.iter().enumerate() {
        if let Some(&org) = names::site_base(&e.name).and_then(|r| by_key.get(&names::key(r))) {
            uf.union(org, b);
        }
    }
}

/// FNV-1a, 64 bits: a hash that is the same on every platform and every run.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn align_fixed(articles: &[&Article]) -> (Vec<StoryEntity>, Vec<Vec<usize>>) {
    let blocks = Blocks::of(articles);
    let reps = blocks.reps(articles);
    let mut uf = UnionFind::new(reps.len());
    join_skeletons(&reps, &mut uf);
    join_longer_person_names(&reps, &mut uf);
    join_middle_names(&reps, &mut uf);
    join_one_words(articles, &blocks, &reps, &mut uf);
    join_short_forms(&reps, &mut uf);
    join_sites(&reps, &mut uf);
    let (accs, entity_of) = accumulate(articles, &blocks.local, &mut uf);
    rows(&accs, entity_of)
}

/// Step 1: Blocks: the article entities of one name key ([`block_key`]), each with its first-seen
/// entity as representative and its mentions over all sources (how prominent a name is in the
/// story).
struct Blocks {
    /// Block of each article entity, per article.
    local: Vec<Vec<usize>>,
    /// (article, local entity) first seen in each block.
    rep: Vec<(usize, usize)>,
    mentions: Vec<usize>,
}

impl Blocks {
    fn of(articles: &[&Article]) -> Blocks {
        let mut block_of: HashMap<String, usize> = HashMap::default();
        let mut rep: Vec<(usize, usize)> = Vec::new();
        let mut local: Vec<Vec<usize>> = Vec::with_capacity(articles.len());
        for (ai, a) in articles.iter().enumerate() {
            let mut v = Vec::with_capacity(a.entities.len());
            for (li, e) in a.entities.iter().enumerate() {
                let n = rep.len();
                let b = *block_of.entry(block_key(e)).or_insert(n);
                if b == n {
                    rep.push((ai, li));
                }
                v.push(b);
            }
            local.push(v);
        }
        let mut mentions = vec![0usize; rep.len()];
        for (a, blocks) in articles.iter().zip(&local) {
            for (e, &b) in a.entities.iter().zip(blocks) {
                mentions[b] += e.mentions;
            }
        }
        Blocks {
            local,
            rep,
            mentions,
        }
    }

    fn reps<'a>(&self, articles: &[&'a Article]) -> Vec<&'a LocalEntity> {
        self.rep
            .iter()
            .map(|&(a, l)| &articles[a].entities[l])
            .collect()
    }
}

/// Step 2a: Transliteration skeletons: names of four consonants or more with the same first
/// letter and skeleton, of one type class and administrative level, are one ("Deir ez-Zor",
/// "Dayr az Zawr"). A demonym shares its country's skeleton ("German", "Germany": g-r-m-n) and
/// is not it, hence the type class; a one-word person name is left to the surname rules.
fn join_skeletons(reps: &[&LocalEntity], uf: &mut UnionFind) {
    let mut by_skeleton: HashMap<(String, (bool, bool), Option<&str>), usize> = HashMap::default();
    for (b, e) in reps.iter().enumerate() {
        let key = names::spelling_key(base_name(e));
        let sk = skeleton(&key);
        if sk.chars().count() < 4
            || (e.etype == EntityType::Person && names::words(&e.name).len() < 2)
        {
            continue;
        }
        let class = (
            format!("{}{sk}", first_letter(&key)),
            (e.etype == EntityType::Person, e.etype == EntityType::Group),
            e.admin,
        );
        match by_skeleton.get(&class) {
            Some(&other) => uf.union(other, b),
            None => {
                by_skeleton.insert(class, b);
            }
        }
    }
}

/// Step 2b: A longer person name ending with a two-word one is that person ("Actress Tara Reid",
/// "Tara Reid").
fn join_longer_person_names(reps: &[&LocalEntity], uf: &mut UnionFind) {
    let mut person_by_words: HashMap<String, usize> = HashMap::default();
    for (b, e) in reps.iter().enumerate() {
        let w = names::words(&e.name);
        if e.etype == EntityType::Person && w.len() == 2 {
            person_by_words.entry(w.concat()).or_insert(b);
        }
    }
    for (b, e) in reps.iter().enumerate() {
        let w = names::words(&e.name);
        if e.etype == EntityType::Person && w.len() > 2 {
            if let Some(&short) = person_by_words.get(&w[w.len() - 2..].concat()) {
                uf.union(short, b);
            }
        }
    }
}

/// The lookups of 2c and 2d: multi-word names by their last or first word (the names a
/// one-word name ends or opens, [`joins::ends`], [`joins::opens`]), one block per joined
/// group; surnames by first letter and length (for slips); names by the initials an acronym
/// spells ([`joins::initials_of`]) or by a short form a source defined for them.
struct WordIndex {
    full_by_last: HashMap<String, Vec<usize>>,
    full_by_first: HashMap<String, Vec<usize>>,
    org_by_last: HashMap<String, Vec<usize>>,
    misc_by_last: HashMap<String, Vec<usize>>,
    by_initials: HashMap<String, Vec<usize>>,
}

/// Multi-word names of type `etype` by their first or last word, one block per joined group.
fn by_word(
    reps: &[&LocalEntity],
    uf: &mut UnionFind,
    etype: EntityType,
    first: bool,
) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::default();
    for (b, e) in reps.iter().enumerate() {
        let w = names::words(&e.name);
        if e.etype == etype && w.len() > 1 {
            let root = uf.find(b);
            let word = if first { &w[0] } else { &w[w.len() - 1] };
            let list = index.entry(word.clone()).or_default();
            if !list.iter().any(|&x| uf.find(x) == root) {
                list.push(b);
            }
        }
    }
    index
}

impl WordIndex {
    fn new(
        articles: &[&Article],
        local: &[Vec<usize>],
        reps: &[&LocalEntity],
        uf: &mut UnionFind,
    ) -> Self {
        let full_by_last = by_word(reps, uf, EntityType::Person, false);
        let full_by_first = by_word(reps, uf, EntityType::Person, true);
        let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
        for (b, e) in reps.iter().enumerate() {
            if let Some(ini) = joins::initials_of(&e.name, e.etype) {
                if ini.chars().count() >= 2 {
                    by_initials.entry(ini).or_default().push(b);
                }
            }
        }
        // a short form any source defined for a name ("Korean Central Television (KCTV)")
        for (a, local) in articles.iter().zip(local) {
            for (e, &b) in a.entities.iter().zip(local) {
                if joins::initials_of(&e.name, e.etype).is_none() {
                    continue;
                }
                for (_, f) in e.forms.iter().filter(|f| names::is_short_form(&f.1)) {
                    let list = by_initials.entry(names::short_form_key(f)).or_default();
                    if !list.contains(&b) {
                        list.push(b);
                    }
                }
            }
        }
        WordIndex {
            full_by_last,
            full_by_first,
            org_by_last: by_word(reps, uf, EntityType::Org, false),
            misc_by_last: by_word(reps, uf, EntityType::Misc, false),
            by_initials,
        }
    }

    /// Surnames by first letter and length, for the slip test ([`slipped_surname`]).
    fn surname_buckets(&self) -> HashMap<(char, usize), Vec<&str>> {
        let mut buckets: HashMap<(char, usize), Vec<&str>> = HashMap::default();
        for s in self.full_by_last.keys() {
            let first = s.chars().next().unwrap_or(' ');
            buckets
                .entry((first, s.chars().count()))
                .or_default()
                .push(s);
        }
        buckets
    }
}

/// Whether a place name is in a place list: the crate's own or the GeoNames alias table.
fn listed_place(name: &str) -> bool {
    crate::words::is_known_name(name) || crate::aliases::group(&names::spelling_key(name)).is_some()
}

/// Step 2c, 2d: One-word names and acronyms, each joined to the one (or the far more prominent)
/// longer name it stands for: a surname to the full name it ends, or that surname with one
/// letter slipped ("Schacham" for Ofer Shacham); a family name written first ("Kim" for Kim
/// Jong Un) or a given name used alone to the one it opens, when it ends none; a one-word
/// organisation ("Colts") to the organisation name it ends ("Indianapolis Colts"), a work or
/// product to its title ("Trek" for Star Trek); an acronym to the one name it abbreviates.
fn join_one_words(
    articles: &[&Article],
    blocks: &Blocks,
    reps: &[&LocalEntity],
    uf: &mut UnionFind,
) {
    let ix = WordIndex::new(articles, &blocks.local, reps, uf);
    let buckets = ix.surname_buckets();
    let prominent = |l: &Vec<usize>| dominant(l, &blocks.mentions);
    for (b, e) in reps.iter().enumerate() {
        let w = names::words(&e.name);
        // a mistyped surname is no more frequent than the full name it ends: a "place" named
        // far more often than the person ("Williams" the team, beside one "The Williams" in a
        // caption credit) is another thing
        let outnumbers = |full: &usize| {
            e.etype == EntityType::Place && blocks.mentions[b] > blocks.mentions[*full]
        };
        let full = if w.len() == 1 {
            person_for(e, &w[0], &ix, &buckets, &prominent)
                .filter(|f| !outnumbers(f))
                .or_else(|| organisation_for(e, &w[0], &ix, &prominent))
        } else {
            None
        };
        if let Some(full) = full.or_else(|| expansion_for(e, &ix, uf)) {
            uf.union(full, b);
        }
    }
}

/// The full name a one-word person (or untyped) name stands for. "U.N." is no surname of
/// "Kim Jong Un". A one-word "place" no place list knows may be a surname the tagger mistyped
/// ("where Mayhoub spoke" beside "Gen. Ali Mayhoub"): it joins a full name it ends, never a
/// given name; a listed place ("Jordan", "Washington") stays a place.
fn person_for(
    e: &LocalEntity,
    word: &str,
    ix: &WordIndex,
    buckets: &HashMap<(char, usize), Vec<&str>>,
    prominent: &impl Fn(&Vec<usize>) -> Option<usize>,
) -> Option<usize> {
    let unlisted_place = e.etype == EntityType::Place && !listed_place(&e.name);
    if unlisted_place {
        return ix.full_by_last.get(word).and_then(prominent);
    }
    let person = e.etype == EntityType::Person;
    if !(person || e.etype == EntityType::Misc)
        || names::is_acronym(&e.name)
        || e.name.contains('.')
    {
        return None;
    }
    ix.full_by_last
        .get(word)
        .and_then(prominent)
        .or_else(|| {
            let slipped = person.then(|| slipped_surname(word, buckets)).flatten();
            slipped
                .and_then(|s| ix.full_by_last.get(s))
                .and_then(prominent)
        })
        .or_else(|| {
            let opens = person && !ix.full_by_last.contains_key(word);
            opens
                .then(|| ix.full_by_first.get(word).and_then(prominent))
                .flatten()
        })
}

/// The organisation (or, for an untyped name, first the work or product) a one-word name
/// ends. A head word ("Navy", "Ministry") names the one organisation of the story it ends
/// ("Indian Navy"), and none when two end with it ("Defence Ministry", "Foreign Ministry"),
/// however prominent one of them is.
fn organisation_for(
    e: &LocalEntity,
    word: &str,
    ix: &WordIndex,
    prominent: &impl Fn(&Vec<usize>) -> Option<usize>,
) -> Option<usize> {
    let head = crate::words::ORG_HEADS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(word));
    let of_type = |index: &HashMap<String, Vec<usize>>| {
        index
            .get(word)
            .filter(|l| !head || l.len() == 1)
            .and_then(prominent)
    };
    match e.etype {
        EntityType::Misc => of_type(&ix.misc_by_last).or_else(|| of_type(&ix.org_by_last)),
        EntityType::Org => of_type(&ix.org_by_last),
        _ => None,
    }
}

/// The one name (joined group) whose initials an acronym spells, or for which a source
/// defined it.
fn expansion_for(e: &LocalEntity, ix: &WordIndex, uf: &mut UnionFind) -> Option<usize> {
    if e.etype == EntityType::Person || !names::is_short_form(&e.name) {
        return None;
    }
    let list = ix.by_initials.get(&names::short_form_key(&e.name))?;
    let mut roots: Vec<usize> = list.iter().map(|&x| uf.find(x)).collect();
    roots.sort_unstable();
    roots.dedup();
    joins::the_one(roots.into_iter())
}

/// Step 2e: Short forms that name one thing of the story, each joined to the one longer name it
/// can only stand for:
/// - a one-word place or organisation name that is the first word of one longer name of a
///   site ("Jeju" for "Jeju Island", "Sohae" for "Sohae Space Center"), or an organisation's
///   of one longer organisation name ("Goldman" for "Goldman Sachs", "Delta" for "Delta Air
///   Lines"); a known place is never short for what is named after it ("China", "China
///   National Space Administration");
/// - an organisation name that ends one longer organisation name ("Security Council" for
///   "U.N. Security Council");
/// - an acronym written in title case, as British copy does ("Nasa" for "National Aeronautics
///   and Space Administration").
///
/// A short form two longer names could stand for stays apart.
///
/// Like the rules above, each looks its candidates up by a key (first word, word suffix,
/// initials), never through all pairs: a story of a thousand articles holds tens of thousands
/// of names.
fn join_short_forms(reps: &[&LocalEntity], uf: &mut UnionFind) {
    use EntityType::*;
    let words: Vec<Vec<String>> = reps.iter().map(|e| names::words(&e.name)).collect();
    let place_or_org = |t: EntityType| matches!(t, Place | Org);
    let known_place = |e: &LocalEntity| {
        aliases::group(&names::spelling_key(base_name(e))).is_some()
            || crate::words::PLACES.contains(&e.name.as_str())
    };
    // sites a story shortens to their first word ("Sohae", "Jeju"); a street or an area named
    // after something ("Tropicana Avenue", "Cook County") is not what that something names
    let is_site = |w: &str| {
        [
            "Island", "Islands", "Center", "Centre", "Station", "Base", "Airport", "Port",
            "Stadium", "Arena", "Bay",
        ]
        .iter()
        .any(|h| h.eq_ignore_ascii_case(w))
    };
    // the longer names a short form could stand for, by key
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_suffix: HashMap<&[String], Vec<usize>> = HashMap::default();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    let mut group_word: HashMap<&str, usize> = HashMap::default();
    for (o, ow) in words.iter().enumerate() {
        let t = reps[o].etype;
        match ow.as_slice() {
            [one] if t == Group => {
                group_word.entry(one.as_str()).or_insert(o);
            }
            [first, _, ..] => {
                by_first.entry(first.as_str()).or_default().push(o);
                if t != Person {
                    by_initials
                        .entry(names::initials(&reps[o].name))
                        .or_default()
                        .push(o);
                }
                if matches!(t, Org | Misc) {
                    for k in 1..ow.len() - 1 {
                        by_suffix.entry(&ow[k..]).or_default().push(o);
                    }
                }
            }
            _ => {}
        }
    }
    for b in 0..reps.len() {
        let (e, w) = (reps[b], &words[b]);
        let acronym = names::is_acronym(&e.name) || e.name.contains('.');
        let title_case_acronym = e.etype != Person
            && w.len() == 1
            && w[0].chars().count() >= 3
            && !acronym
            && e.name.chars().skip(1).all(char::is_lowercase);
        let candidates: Vec<usize> = match w.as_slice() {
            [] => Vec::new(),
            [one] => by_first
                .get(one.as_str())
                .into_iter()
                .flatten()
                .chain(
                    by_initials
                        .get(one.as_str())
                        .filter(|_| title_case_acronym)
                        .into_iter()
                        .flatten(),
                )
                .copied()
                .collect(),
            _ => by_suffix.get(w.as_slice()).cloned().unwrap_or_default(),
        };
        let mut roots: Vec<usize> = Vec::new();
        for o in candidates {
            let (other, ow) = (reps[o], &words[o]);
            if ow.len() <= w.len() {
                continue;
            }
            let fits = match (e.etype, w.len()) {
                // a known place is itself, not short for a body named after it ("China",
                // "China National Space Administration")
                (Place | Org, 1) if !acronym && !known_place(e) && ow[0] == w[0] => {
                    // a site is tagged now a place, now an organisation; a company is
                    // shortened to its first word ("Goldman", "Delta Air Lines")
                    (place_or_org(other.etype) && ow.last().is_some_and(|l| is_site(l)))
                        || (e.etype == Org && other.etype == Org)
                        // "the North" in a story of North Korea: the country its compass
                        // word opens
                        || (matches!(w[0].as_str(), "north" | "south" | "east" | "west")
                            && other.etype == Place
                            && known_place(other))
                }
                // a maker's name before its product's or body's ("Google Pixel 2")
                (Org | Misc, _) if w.len() >= 2 => {
                    matches!(other.etype, Org | Misc) && ow[ow.len() - w.len()..] == w[..]
                }
                _ => false,
            } || (title_case_acronym
                && other.etype != Person
                && names::initials(&other.name) == w[0]);
            if fits {
                let r = uf.find(o);
                if !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
        // "Russians" and "Russian": one group
        if e.etype == Group && w.len() == 1 {
            if let Some(&o) = w[0].strip_suffix('s').and_then(|sg| group_word.get(sg)) {
                uf.union(o, b);
                continue;
            }
        }
        if let [one] = roots.as_slice() {
            uf.union(*one, b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::rows::misspelling_flags;

    fn story(texts: &[&str]) -> Vec<StoryEntity> {
        let arts = crate::story::test_articles(texts);
        align(&arts).0
    }

    fn entity<'a>(es: &'a [StoryEntity], form: &str) -> &'a StoryEntity {
        es.iter()
            .find(|e| e.name == form || e.variants.iter().any(|v| v == form))
            .unwrap_or_else(|| panic!("no entity written {form:?} in {es:#?}"))
    }

    #[rustfmt::skip]
    #[test]
    fn joins_on_listed_names() {
        use crate::entity::EntityType::{Misc, Org, Person};
        type Case = (
            &'static [&'static str],
            &'static [(&'static str, EntityType)],
            &'static str,
            &'static str,
        );
        // one line per case: the texts, the names in them, two that must be one entity
        let cases: &[Case] = &[
            // a bare title word is the far more prominent title it ends
            (&["The Galaxy S9 leaked. The Galaxy S9 has a jack.", "Both S9 handsets kept it."], &[("Galaxy S9", Misc), ("S9", Misc)], "Galaxy S9", "S9"),
            // a site by its address is the organisation it spells
            (&["DxOMark.com rated it.", "DxOMark gave it 98. DxOMark said so."], &[("DxOMark.com", Org), ("DxOMark", Org)], "DxOMark", "DxOMark.com"),
            // a head word names the one organisation it ends
            (&["She told The New York Times on Monday.", "The Times reported it first."], &[("New York Times", Org), ("Times", Org)], "New York Times", "Times"),
            // a middle initial or name given at first mention and dropped after
            (&["Brian G. Nichols was sentenced.", "Brian Nichols wept in court."], &[("Brian G. Nichols", Person), ("Brian Nichols", Person)], "Brian G. Nichols", "Brian Nichols"),
            (&["Tanya Renee Wilson was found.", "Tanya Wilson, 33, was found."], &[("Tanya Renee Wilson", Person), ("Tanya Wilson", Person)], "Tanya Renee Wilson", "Tanya Wilson"),
            // a surname with one letter slipped in another source
            (&["Ofer Shacham said so. Ofer Shacham built it.", "Schacham said it works."], &[("Ofer Shacham", Person), ("Schacham", Person)], "Ofer Shacham", "Schacham"),
        ];
        for &(texts, names, a, b) in cases {
            let es = align(&crate::story::listed_articles(texts, names)).0;
            assert_eq!(entity(&es, a).key, entity(&es, b).key, "{a} / {b}: {es:#?}");
        }
    }

    #[rustfmt::skip]
    #[test]
    fn keeps_apart_on_listed_names() {
        use crate::entity::EntityType::{Org, Person, Place};
        // a slip of a short surname, or one close to two surnames, joins none
        let cases: &[(&[&str], &[(&str, EntityType)], &str, &str)] = &[
            (&["Ofer Shacham said so.", "Dana Shachar agreed.", "Shachan said it works."], &[("Ofer Shacham", Person), ("Dana Shachar", Person), ("Shachan", Person)], "Ofer Shacham", "Shachan"),
            (&["Ofer Shacham said so.", "Dana Shachar agreed.", "Shachan said it works."], &[("Ofer Shacham", Person), ("Dana Shachar", Person), ("Shachan", Person)], "Dana Shachar", "Shachan"),
            // a head word two organisations end names neither
            (&["The Defence Ministry said so. The Defence Ministry denied it.", "The Foreign Ministry spoke. The Ministry said no."], &[("Defence Ministry", Org), ("Foreign Ministry", Org), ("Ministry", Org)], "Defence Ministry", "Ministry"),
            // two middle initials: two people, and the name without one is neither's
            (&["John D. Smith spoke.", "John B. Smith left.", "John Smith came."], &[("John D. Smith", Person), ("John B. Smith", Person), ("John Smith", Person)], "John D. Smith", "John B. Smith"),
            (&["John D. Smith spoke.", "John B. Smith left.", "John Smith came."], &[("John D. Smith", Person), ("John B. Smith", Person), ("John Smith", Person)], "John D. Smith", "John Smith"),
            // a site named after a city is not the city, though the tagger calls it a firm
            (&["The zoo in Cincinnati closed.", "Cincinnati.com reported it."], &[("Cincinnati.com", Org), ("Cincinnati", Org)], "Cincinnati", "Cincinnati.com"),
            (&["The zoo in Cincinnati closed.", "Cincinnati.com reported it."], &[("Cincinnati.com", Org), ("Cincinnati", Place)], "Cincinnati", "Cincinnati.com"),
            (&["Kim Lee said so. Kim Lee left.", "Lei said it works."], &[("Kim Lee", Person), ("Lei", Person)], "Kim Lee", "Lei"),
        ];
        for &(texts, names, a, b) in cases {
            let es = align(&crate::story::listed_articles(texts, names)).0;
            assert_ne!(entity(&es, a).key, entity(&es, b).key, "{a} / {b}: {es:#?}");
        }
    }

    #[test]
    fn skeletons() {
        for (a, b) in [
            ("deirezzor", "deirzour"),
            ("deirzor", "dayrzawr"),
            ("mohammed", "muhammad"),
        ] {
            assert_eq!(skeleton(a), skeleton(b), "{a} {b}");
        }
        assert_ne!(skeleton("mosul"), skeleton("raqqa"));
    }

    #[rustfmt::skip]
    #[test]
    fn merges_variants_across_sources() {
        // one line per case: the texts, then two forms that must name one story entity
        let cases: &[(&[&str], &str, &str)] = &[
            // a bare head word is the far more prominent organisation it ends
            (&["Cincinnati Zoo said it acted. Cincinnati Zoo staff shot him. Cincinnati Zoo closed.", "In 1996 Brookfield Zoo staff said a gorilla saved a boy.", "Officials said the Zoo will reopen on Tuesday."], "Cincinnati Zoo", "Zoo"),
            // a bare surname is the far more prominent of two people who bear it
            (&["Uma Thurman spoke. Uma Thurman said so. Uma Thurman left.", "Her father, Robert Thurman, is a scholar.", "Thurman told the paper."], "Uma Thurman", "Thurman"),
            // a family name written first is the far more prominent person it opens
            (&["North Korean leader Kim Jong Un watched the launch on Sunday.", "State media said Kim Jong Un was pleased.", "Analysts said Kim Jong Un wants talks.", "His father Kim Jong Il died in 2011.", "Kim, 33, defied the United Nations."], "Kim Jong Un", "Kim"),
            // a short form defined in brackets in one source names the body in all
            (&["A tram crashed, Transport for London (TfL) said. TfL is sorry.", "TfL apologised on Friday."], "Transport for London", "TfL"),
            (&["North Korea launched a rocket on Sunday.", "The North said the satellite was in orbit."], "North Korea", "The North"),
            (&["The Tiangong-1, or Heavenly Palace, was launched in 2011."], "Tiangong-1", "Heavenly Palace"),
            (&["It was shown on Korean Central Television (KCTV) at noon.", "KCTV showed the launch."], "Korean Central Television", "KCTV"),
            (&["Troops took Deir al-Zour on Friday.", "Troops took Deir Ezzor on Friday."], "Deir al-Zour", "Deir Ezzor"),
            (&["Troops took Deir el-Zour.", "Forces entered Deir elZour."], "Deir el-Zour", "Deir elZour"),
            (&["He met Bashar al-Assad in Damascus.", "Damascus welcomed Assad on Friday."], "Bashar al-Assad", "Assad"),
            (&["Col. Ryan Dillon spoke.", "The coalition, said Dillon, will win."], "Ryan Dillon", "Dillon"),
            // a surname the tagger may type as a place (no place list knows it) ends the full name
            (&["\u{201C}Daesh loses,\u{201D} said Gen. Ali Mayhoub.", "Syrian forces took Deir el-Zour, where Mayhoub spoke."], "Ali Mayhoub", "Mayhoub"),
            (&["The Popular Mobilisation Forces advanced.", "The PMF advanced."], "Popular Mobilisation Forces", "PMF"),
            (&["Daesh fighters fled.", "ISIS fighters fled.", "Islamic State fighters fled."], "Daesh", "Islamic State"),
            // short forms (join_short_forms, and the article's own first-name join)
            (&["Kim Jong Un watched the launch.", "Kim said it was a success."], "Kim Jong Un", "Kim"),
            (&["Rockets flew from the Sohae Space Center.", "The rocket left from Sohae in North Korea."], "Sohae Space Center", "Sohae"),
            (&["The U.N. Security Council met.", "The Security Council condemned it."], "U.N. Security Council", "Security Council"),
            (&["The National Aeronautics and Space Administration said so.", "Nasa said so too."], "National Aeronautics and Space Administration", "Nasa"),
            (&["Russians voted.", "A Russian official spoke."], "Russians", "Russian"),
        ];
        for (texts, a, b) in cases {
            let es = story(texts);
            assert_eq!(entity(&es, a).key, entity(&es, b).key, "{a} / {b}: {es:#?}");
        }
    }

    #[rustfmt::skip]
    #[test]
    fn keeps_apart_what_differs() {
        let cases: &[(&[&str], &str, &str)] = &[
            // two close contenders for a bare surname: it names neither for sure
            (&["Stephen Paddock fired. Eric Paddock, his brother, spoke.", "Police said Paddock had guns."], "Stephen Paddock", "Paddock"),
            (&["Syrian troops entered Syria."], "Syrian", "Syria"),
            // a demonym shares its country's consonants (g-r-m-n) and is not it
            (&["Germany is wary.", "Many Germans fear it. The German police said so."], "Germans", "Germany"),
            (&["Troops took the city of Deir el-Zour, capital of Deir el-Zour province."], "Deir el-Zour", "Deir el-Zour province"),
            (&["Prime Minister Haider al-Abadi spoke.", "Khalid al-Abadi, a farmer, spoke."], "Haider al-Abadi", "Khalid al-Abadi"),
            (&["Troops reached Mosul.", "Troops reached Raqqa."], "Mosul", "Raqqa"),
            // an acronym is no surname; a name two full names open names neither; a country
            // is not short for a body named after it
            (&["Kim Jong Un defied the U.N. again."], "Kim Jong Un", "U.N."),
            (&["Kim Jong Un honoured Kim Jong Il.", "Kim said so."], "Kim Jong Un", "Kim"),
            (&["China launched it.", "The China National Space Administration said so."], "China", "China National Space Administration"),
        ];
        for (texts, a, b) in cases {
            let es = story(texts);
            assert_ne!(entity(&es, a).key, entity(&es, b).key, "{a} / {b}: {es:#?}");
        }
    }

    #[test]
    fn flags_a_likely_misspelling() {
        let es = story(&[
            "Prime Minister Haider al-Abadi spoke on Friday.",
            "Iraqi Prime Minister Haider al-Abadi spoke.",
            "Iraqi Prime Minister Haider al-Abdi congratulated the forces.",
        ]);
        let e = entity(&es, "Haider al-Abadi");
        assert_eq!(e.key, entity(&es, "Haider al-Abdi").key);
        assert_eq!(e.flags, vec!["misspelling".to_string()]);
        assert_eq!(e.misspellings, vec!["Haider al-Abdi".to_string()]);
    }

    #[rustfmt::skip]
    #[test]
    fn types_from_what_sources_call_a_name() {
        // one line per case: the sources, a form, the story type it must take
        let cases: &[(&[&str], &str, EntityType)] = &[
            // sources call it an app and a chip more often than it acts: a product
            (&["The update reaches Pixel owners today.", "Google said Pixel phones get it first."], "Pixel", EntityType::Misc),
            (&["Photos from apps like Instagram, WhatsApp and Snapchat look better.", "Snapchat users will notice."], "Snapchat", EntityType::Misc),
            // a maker named beside its devices still acts as a company
            (&["Samsung devices sold well. Samsung unveiled the Galaxy S9.", "Samsung's Galaxy S9 leaked. Samsung said little."], "Samsung", EntityType::Org),
            // a one-word name sources call a studio, never named in full, is no person
            (&["Weinstein's company at the time, Miramax, withheld it. Miramax said so.", "The film was made by Miramax, the studio behind Pulp Fiction."], "Miramax", EntityType::Org),
            // a country's official name and press abbreviation are the country
            (&["The Democratic People's Republic of Korea (DPRK) fired a rocket.", "North Korea fired a rocket."], "DPRK", EntityType::Place),
        ];
        for &(texts, form, want) in cases {
            let es = story(texts);
            assert_eq!(
                entity(&es, form).etype,
                want,
                "{form} in {texts:?}: {es:#?}"
            );
        }
    }

    #[test]
    fn the_common_form_names_the_row() {
        let es = story(&[
            "Officials of the Democratic People's Republic of Korea (DPRK) spoke. The DPRK said so.",
            "North Korea fired a rocket.",
        ]);
        let e = entity(&es, "DPRK");
        assert_eq!(e.name, "North Korea", "{es:#?}");
        assert!(
            e.variants
                .iter()
                .any(|v| v == "Democratic People's Republic of Korea"),
            "{e:?}"
        );
    }

    #[test]
    fn a_city_the_tagger_calls_an_organisation_is_a_place() {
        let es = story(&[
            "The boy fell at the zoo in Cincinnati on Saturday.",
            "Cincinnati police said the zoo was safe.",
        ]);
        let c = entity(&es, "Cincinnati");
        assert!(
            matches!(c.etype, EntityType::Place | EntityType::Org),
            "{c:?}"
        );
        // whatever the tagger says, a main gazetteer name without an organisation cue is a place
        let es = story(&["Cincinnati beat the odds, officials in Cincinnati said."]);
        assert_eq!(
            entity(&es, "Cincinnati").etype,
            EntityType::Place,
            "{es:#?}"
        );
    }

    #[test]
    fn a_plural_demonym_is_no_misspelling() {
        let forms = vec![
            ("Germany".to_string(), "germany".to_string()),
            ("Germans".to_string(), "germans".to_string()),
        ];
        let mut srcs = HashMap::default();
        srcs.insert("germany".to_string(), vec![0, 1, 2]);
        srcs.insert("germans".to_string(), vec![1]);
        assert!(misspelling_flags(&forms, &srcs).1.is_empty());
    }

    #[test]
    fn a_country_and_its_demonym_are_no_misspelling() {
        let forms = vec![
            ("Germany".to_string(), "germany".to_string()),
            ("German".to_string(), "german".to_string()),
        ];
        let mut srcs: HashMap<String, Vec<usize>> = HashMap::default();
        srcs.insert("germany".into(), vec![0, 1]);
        srcs.insert("german".into(), vec![2]);
        assert_eq!(misspelling_flags(&forms, &srcs), (Vec::new(), Vec::new()));
        // a slip inside the word still is one
        srcs.insert("germeny".into(), vec![2]);
        let forms = vec![
            forms[0].clone(),
            ("Germeny".to_string(), "germeny".to_string()),
        ];
        assert_ne!(misspelling_flags(&forms, &srcs).0, Vec::<String>::new());
    }
}
