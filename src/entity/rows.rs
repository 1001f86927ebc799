//! The story's rows: what the sources say of one story entity gathered over its article
//! entities (`accumulate`), then each row's name, type, variants and misspelling flags
//! (`rows`). The joins that decide which article entities make one row are
//! [`super::align`]'s.

use super::mention::EntityType;
use crate::aliases;
use crate::analysis::Article;
use crate::names;
use crate::util::FastMap as HashMap;
use crate::util::UnionFind;

/// One entity across the story.
#[derive(Clone, Debug)]
pub struct StoryEntity {
    /// Story key: "e1", "e2", ... by decreasing total mentions.
    pub key: String,
    pub name: String,
    pub etype: EntityType,
    /// Mentions per source, in source order; sources without a mention are absent.
    pub mentions: Vec<(usize, usize)>,
    /// Other spellings used for it, in order of first use.
    pub variants: Vec<String>,
    /// "misspelling" when one variant looks like a typo of the usual name.
    pub flags: Vec<String>,
    /// The variants flagged as likely misspellings.
    pub misspellings: Vec<String>,
}

/// What the sources say of one story entity, gathered over its article entities.
pub(super) struct Acc {
    names: HashMap<String, usize>,
    types: HashMap<EntityType, usize>,
    mentions: Vec<(usize, usize)>,
    forms: Vec<(String, String)>,
    /// spelling key of each form → sources using it
    form_sources: HashMap<String, Vec<usize>>,
    first: (usize, usize),
    /// mentions whose neighbours cue an organisation ("Cincinnati police")
    org_cues: usize,
    /// mentions whose neighbours cue a product ("the Pixel 2 phone")
    misc_cues: usize,
    /// mentions that speak ("Google said")
    agents: usize,
}

/// The row's name: the most used of the fullest names (up to three words: "Syrian
/// Observatory for Human Rights" is not preferred to a name for being long); a headline's,
/// caption's or dateline's capitals ("MANDALAY BAY", "MOSCOW") yield to the form prose writes
/// (an acronym has no other); and the common form aliases stand for, where a source writes
/// it: "North Korea", not "DPRK" or "Democratic People's Republic of Korea".
fn row_name(acc: &Acc) -> String {
    let name = acc
        .names
        .iter()
        .max_by(|a, b| {
            let wa = names::words(a.0).len().min(3);
            let wb = names::words(b.0).len().min(3);
            shouted(b.0)
                .cmp(&shouted(a.0))
                .then(wa.cmp(&wb))
                .then(a.1.cmp(b.1))
                .then(b.0.cmp(a.0))
        })
        .map(|(n, _)| n.clone())
        .unwrap_or_default();
    // a written form of the same name that `better` prefers to `name`
    let prefer = |name: String, better: &dyn Fn(&str, &str) -> bool| {
        let key = names::key(&name);
        acc.forms
            .iter()
            .map(|f| &f.1)
            .find(|f| better(&name, f) && names::key(f) == key)
            .cloned()
            .unwrap_or(name)
    };
    let name = prefer(name, &|n, f| shouted(n) && !shouted(f));
    prefer(name, &|n, f| {
        !names::is_canonical(n) && names::is_canonical(f)
    })
}

/// The row's one type: the vote of all its mentions, with the cues of their neighbours
/// counted twice; then what the story as a whole says of it.
fn row_type(acc: &Acc, name: &str) -> EntityType {
    use EntityType::*;
    let voted = acc
        .types
        .iter()
        .max_by(|a, b| {
            let misc_a = *a.0 == Misc;
            let misc_b = *b.0 == Misc;
            misc_b.cmp(&misc_a).then(a.1.cmp(b.1)).then(b.0.cmp(a.0))
        })
        .map(|(t, _)| *t)
        .unwrap_or(Misc);
    // an acronym some sources write in title case ("Nasa", "Nato" beside "NASA")
    let acronym = acc.forms.iter().any(|(_, f)| {
        !f.contains(' ')
            && f.chars().count() >= 3
            && names::is_acronym(f)
            && acc
                .forms
                .iter()
                .any(|(_, g)| g != f && g.to_uppercase() == *f)
    });
    let full_name = acc.forms.iter().any(|(_, f)| names::words(f).len() > 1);
    let etype = match voted {
        // a one-word "person" no source names in full, that its neighbours call a company
        // or a studio ("Miramax, the studio that …"), is that organisation
        Person if !full_name && acc.org_cues > acc.misc_cues => Org,
        // an acronym is no person's name, though the tagger reads its title-case form as one
        Person if acronym => acc
            .types
            .iter()
            .filter(|t| *t.0 != Person)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or(Org, |t| *t.0),
        t => t,
    };
    match etype {
        // a city, state or country the gazetteer names first is a place, though the tagger
        // (trained on 1996 Reuters, whose sports pages call teams by their city) says
        // organisation, unless its neighbours say so too
        Org if acc.org_cues == 0 && aliases::is_main_name(&names::spelling_key(name)) => Place,
        // a name that sources call an app, a chip or a currency more often than they make it
        // speak or act is a product, however often the tagger (which met few products in 1996
        // Reuters) called it a company or a person
        Org | Person if acc.misc_cues > acc.org_cues + acc.agents => Misc,
        t => t,
    }
}

/// Whether a name is written in capitals, as headlines, captions and datelines are
/// ("MANDALAY BAY", "MOSCOW"); five letters or more, so that an acronym is not.
fn shouted(n: &str) -> bool {
    n.chars().filter(|c| c.is_alphabetic()).count() > 4 && !n.chars().any(char::is_lowercase)
}

/// Step 3: The article entities of each joined group gathered into one [`Acc`]; returns them and
/// the group of every article entity.
pub(super) fn accumulate(
    articles: &[&Article],
    local: &[Vec<usize>],
    uf: &mut UnionFind,
) -> (Vec<Acc>, Vec<Vec<usize>>) {
    let mut root_index: HashMap<usize, usize> = HashMap::default();
    let mut accs: Vec<Acc> = Vec::new();
    let mut entity_of: Vec<Vec<usize>> = Vec::with_capacity(articles.len());
    for (ai, a) in articles.iter().enumerate() {
        let mut v = Vec::with_capacity(a.entities.len());
        for (li, e) in a.entities.iter().enumerate() {
            let root = uf.find(local[ai][li]);
            let n = accs.len();
            let g = *root_index.entry(root).or_insert(n);
            if g == n {
                accs.push(Acc {
                    names: HashMap::default(),
                    types: HashMap::default(),
                    mentions: Vec::new(),
                    forms: Vec::new(),
                    form_sources: HashMap::default(),
                    first: (ai, li),
                    org_cues: 0,
                    misc_cues: 0,
                    agents: 0,
                });
            }
            let acc = &mut accs[g];
            *acc.names.entry(e.name.clone()).or_default() += e.mentions;
            *acc.types.entry(e.etype).or_default() += e.mentions;
            acc.org_cues += e.cues[EntityType::Org as usize] as usize;
            acc.misc_cues += e.cues[EntityType::Misc as usize] as usize;
            acc.agents += e.agents as usize;
            // a cue in any source is evidence for the story's one type
            for (t, &n) in EntityType::ALL.iter().zip(&e.cues).filter(|c| *c.1 > 0) {
                *acc.types.entry(*t).or_default() += 2 * n as usize;
            }
            match acc.mentions.last_mut() {
                Some((s, n)) if *s == ai => *n += e.mentions,
                _ => acc.mentions.push((ai, e.mentions)),
            }
            for f in &e.forms {
                if !acc.forms.contains(f) {
                    acc.forms.push(f.clone());
                }
                let srcs = acc.form_sources.entry(last_word_key(&f.1)).or_default();
                if !srcs.contains(&ai) {
                    srcs.push(ai);
                }
            }
            v.push(g);
        }
        entity_of.push(v);
    }
    (accs, entity_of)
}

/// Step 4: The story's rows, most mentioned first: name, type, variants and flags of each; the
/// groups of `entity_of` renumbered to rows.
pub(super) fn rows(
    accs: &[Acc],
    mut entity_of: Vec<Vec<usize>>,
) -> (Vec<StoryEntity>, Vec<Vec<usize>>) {
    let total = |g: &Acc| g.mentions.iter().map(|m| m.1).sum::<usize>();
    let mut order: Vec<usize> = (0..accs.len()).collect();
    order.sort_by(|&x, &y| {
        total(&accs[y])
            .cmp(&total(&accs[x]))
            .then(accs[x].first.cmp(&accs[y].first))
    });
    let mut new_index = vec![0; accs.len()];
    let mut out = Vec::with_capacity(order.len());
    for (rank, &g) in order.iter().enumerate() {
        new_index[g] = rank;
        let acc = &accs[g];
        let name = row_name(acc);
        let etype = row_type(acc, &name);
        let mut variants: Vec<String> = Vec::new();
        for (f, _) in &acc.forms {
            if *f != name && !variants.contains(f) {
                variants.push(f.clone());
            }
        }
        let (flags, misspellings) = misspelling_flags(acc.forms.as_slice(), &acc.form_sources);
        out.push(StoryEntity {
            key: format!("e{}", rank + 1),
            name,
            etype,
            mentions: acc.mentions.clone(),
            variants,
            flags,
            misspellings,
        });
    }
    for per in &mut entity_of {
        for g in per.iter_mut() {
            *g = new_index[*g];
        }
    }
    (out, entity_of)
}

/// The key of a form's last word ("Haider al-Abdi" -> "abdi"): surnames and place heads are
/// where a slip shows.
fn last_word_key(normalised: &str) -> String {
    names::words(normalised).last().cloned().unwrap_or_default()
}

/// Flags forms whose last word is one letter away from the one most sources use (not at its
/// end: "Germany" is no misspelling of "German"), when fewer sources write them and GeoNames
/// does not list both as one place's names.
pub(super) fn misspelling_flags(
    forms: &[(String, String)],
    form_sources: &HashMap<String, Vec<usize>>,
) -> (Vec<String>, Vec<String>) {
    let Some((main_key, main_srcs)) = form_sources
        .iter()
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)))
    else {
        return (Vec::new(), Vec::new());
    };
    let mut suspects = Vec::new();
    for (f, norm) in forms {
        let k = last_word_key(norm);
        if k == *main_key || k.chars().count() < 4 {
            continue;
        }
        let srcs = &form_sources[&k];
        let known = aliases::group(&k).is_some() && aliases::group(&k) == aliases::group(main_key);
        // a letter added or dropped at the end makes another word, not a typo: a country and
        // its demonym ("German" / "Germany", "Syria" / "Syrian"), a plural
        let suffix = k.starts_with(main_key.as_str()) || main_key.starts_with(k.as_str());
        // a demonym, one or many ("Germans" beside "Germany"), is a word of its own
        let demonym = {
            let w = f.rsplit(' ').next().unwrap_or(f);
            let listed = |w: &str| crate::words::DEMONYMS.contains(&w);
            listed(w) || w.strip_suffix('s').is_some_and(listed)
        };
        let close = crate::names::edit_distance(&k, main_key) == 1 && !suffix && !demonym;
        if close && !known && srcs.len() < main_srcs.len() && !suspects.contains(f) {
            suspects.push(f.clone());
        }
    }
    if suspects.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        (vec!["misspelling".to_string()], suspects)
    }
}
