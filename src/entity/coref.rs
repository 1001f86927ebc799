//! Within-article coreference of names: an article's mentions grouped into its entities
//! ("Dillon" after "Ryan Dillon", "PMF" after "Popular Mobilisation Forces (PMF)", "Tiangong-1,
//! or Heavenly Palace,"), each with the forms it was written in and the type cues of its
//! mentions. The rules that also join names across sources are [`super::joins`]'s.

use super::joins;
use super::mention::{EntityType, Mention};
use crate::names;
use crate::text::{Span, Text};

/// One entity of an article: all mentions of one thing.
#[derive(Clone, Debug)]
pub struct LocalEntity {
    /// The fullest form used in the article.
    pub name: String,
    pub etype: EntityType,
    /// Spelling-independent key of `name` (see [`names::key`]).
    pub key: String,
    /// Every distinct form as written in the original text, in order of first use, with its
    /// normalised form ("Deir elZour", "Deir el-Zour").
    pub forms: Vec<(String, String)>,
    /// Set when the text names an administrative area of that name ("Deir el-Zour province").
    pub admin: Option<&'static str>,
    pub mentions: usize,
    /// Mentions whose neighbours cue a type ("the Telegram app": MISC), by type index
    /// ([`EntityType`] order): evidence the story's type vote weighs above a tagger's guess.
    pub cues: [u32; 5],
    /// Mentions that speak ("Google said", "according to Reuters"): what speaks is a person or
    /// an organisation, whatever its neighbours make it sound like ([`crate::ner::speaks`]).
    pub agents: u32,
}

/// Groups mentions into entities: same key and compatible type; a person's surname or given
/// name alone joins the full name written earlier; an acronym joins the name it abbreviates,
/// or the name it follows in brackets when it can abbreviate it ("TfL" after "Transport for
/// London"), and every later use of that short form joins the entity it was defined for; a
/// name glossed by another between commas ("Tiangong-1, or Heavenly Palace,") is one entity.
pub fn cluster(text: &Text, mentions: &[Mention]) -> (Vec<LocalEntity>, Vec<usize>) {
    let mut ents: Vec<LocalEntity> = Vec::new();
    // the words of each entity's name, kept beside it (names::words allocates)
    let mut ent_words: Vec<Vec<String>> = Vec::new();
    let mut member = Vec::with_capacity(mentions.len());
    // the mention before, and its entity
    let mut prev: Option<(Span, usize)> = None;
    for m in mentions {
        let surface = text.slice(m.span);
        // "Deir el-Zour province" is not the city of Deir el-Zour: a place followed by an
        // administrative noun is its own entity (the text tells them apart).
        let admin = (m.etype == EntityType::Place)
            .then(|| admin_area_after(text, m.span))
            .flatten();
        let key = match admin {
            Some(a) => format!("{}/{a}", names::key(surface)),
            None => names::key(surface),
        };
        let words = names::words(surface);
        // "Korean Central Television (KCTV)": a short form in brackets right after a name
        // that it abbreviates is defined as that name (Schwartz & Hearst 2003)
        let defined = prev
            .filter(|&(p, _): &(Span, usize)| {
                names::is_short_form(surface)
                    && text.norm().get(p.end..m.span.start) == Some(" (")
                    && text.norm()[m.span.end..].starts_with(')')
                    && names::abbreviates(surface, text.slice(p))
            })
            .map(|(_, i)| i)
            .or_else(|| {
                // "the Tiangong-1, or Heavenly Palace,", "Alternative for Germany, or AfD,":
                // a name glossed by another between commas
                // (two people so written are alternatives: "Smith, or Jones,")
                prev.filter(|&(p, _): &(Span, usize)| {
                    text.norm().get(p.end..m.span.start) == Some(", or ")
                        && text.norm()[m.span.end..].starts_with([',', ')', '.'])
                })
                .map(|(_, i)| i)
                .filter(|&i| {
                    !(ents[i].etype == EntityType::Person && m.etype == EntityType::Person)
                })
            });
        let person = |e: &LocalEntity| e.etype == EntityType::Person;
        let found = defined
            .or_else(|| {
                ents.iter()
                    .position(|e| e.key == key && compatible(e.etype, m.etype))
            })
            .or_else(|| {
                // a short form already defined for an entity ("KCTV" after its definition)
                names::is_short_form(surface)
                    .then(|| {
                        ents.iter().position(|e| {
                            compatible(e.etype, m.etype) && e.forms.iter().any(|f| f.1 == surface)
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // "Dillon" after "Ryan Dillon"; "Assad" after "Bashar al-Assad"; after
                // "Stephen Paddock" and "Eric Paddock", "Paddock" names neither for sure
                (m.etype == EntityType::Person && words.len() == 1)
                    .then(|| {
                        joins::the_one(
                            (ents.iter().zip(&ent_words).enumerate())
                                .filter(|(_, (e, ew))| person(e) && joins::ends(&words, ew)),
                        )
                        .map(|(i, _)| i)
                    })
                    .flatten()
            })
            .or_else(|| {
                // "Kim" after "Kim Jong Un": a family name written first, or a given name,
                // joins the one full name it opens, when no full name ends with it (two full
                // names it opens, "Kim Jong Un" and "Kim Jong Il": it names neither)
                let lone = m.etype == EntityType::Person && words.len() == 1;
                let ended = (ents.iter().zip(&ent_words))
                    .any(|(e, ew)| person(e) && joins::ends(&words, ew));
                (lone && !ended)
                    .then(|| {
                        joins::the_one(
                            (ents.iter().zip(&ent_words).enumerate())
                                .filter(|(_, (e, ew))| person(e) && joins::opens(&words, ew)),
                        )
                        .map(|(i, _)| i)
                    })
                    .flatten()
            })
            .or_else(|| {
                names::is_acronym(surface)
                    .then(|| {
                        let ini = names::short_form_key(surface);
                        ents.iter().position(|e| {
                            joins::initials_of(&e.name, e.etype).is_some_and(|i| i == ini)
                        })
                    })
                    .flatten()
            });
        let idx = match found {
            Some(i) => i,
            None => {
                let name = match admin {
                    Some(a) => format!("{surface} {a}"),
                    None => surface.to_string(),
                };
                ent_words.push(names::words(&name));
                ents.push(LocalEntity {
                    name,
                    etype: m.etype,
                    key,
                    forms: Vec::new(),
                    admin,
                    mentions: 0,
                    cues: [0; 5],
                    agents: 0,
                });
                ents.len() - 1
            }
        };
        let e = &mut ents[idx];
        e.mentions += 1;
        if let Some(t) = crate::ner::cue(text, m.span) {
            e.cues[t as usize] += 1;
        }
        e.agents += u32::from(crate::ner::speaks(text, m.span));
        let o = text.to_original(m.span);
        let written = &text.original()[o.start..o.end];
        if !e.forms.iter().any(|f| f.0 == written) {
            e.forms.push((written.to_string(), surface.to_string()));
        }
        // the fullest written form names the entity
        if admin.is_none() && words.len() > ent_words[idx].len() && !names::is_acronym(surface) {
            e.name = surface.to_string();
            e.key = names::key(surface);
            ent_words[idx] = words;
        }
        member.push(idx);
        prev = Some((m.span, idx));
    }
    (ents, member)
}

/// The administrative noun right after a place mention ("province", "governorate"), if any.
fn admin_area_after(text: &Text, span: Span) -> Option<&'static str> {
    let rest = text.norm()[span.end..].trim_start_matches(' ');
    [
        "province",
        "governorate",
        "district",
        "region",
        "state",
        "county",
    ]
    .into_iter()
    .find(|a| rest.starts_with(a) && !rest[a.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// Types that may name one thing: equal, or one of them untyped (MISC).
fn compatible(a: EntityType, b: EntityType) -> bool {
    a == b || a == EntityType::Misc || b == EntityType::Misc
}
