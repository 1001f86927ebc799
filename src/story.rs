//! The story: several articles about one event, compared. This first version aligns entities
//! across sources (one story entity per real-world thing, counted per source) so the table of
//! who mentions what is available from day one. Alignment runs in time linear in the number of
//! mentions: entities are blocked by their spelling-independent key, never compared all-pairs.

use crate::analysis::Article;
use crate::entities::EntityType;
use crate::names;
use std::collections::HashMap;

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
    pub flags: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Story {
    pub entities: Vec<StoryEntity>,
    /// For each article, its local entity index → story entity index.
    pub entity_of: Vec<Vec<usize>>,
}

impl Story {
    pub fn total_mentions(&self, e: usize) -> usize {
        self.entities[e].mentions.iter().map(|m| m.1).sum()
    }
}

/// Aligns the entities of the articles (in source order).
pub fn compare(articles: &[Article]) -> Story {
    struct Acc {
        names: HashMap<String, usize>,
        types: HashMap<EntityType, usize>,
        mentions: Vec<(usize, usize)>,
        forms: Vec<String>,
        first: (usize, usize),
        words: usize,
    }
    let mut groups: Vec<Acc> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut entity_of: Vec<Vec<usize>> = Vec::with_capacity(articles.len());
    for (ai, a) in articles.iter().enumerate() {
        let mut local = Vec::with_capacity(a.entities.len());
        for (li, e) in a.entities.iter().enumerate() {
            let block = e.key.clone();
            let g = *index.entry(block).or_insert_with(|| {
                groups.push(Acc {
                    names: HashMap::new(),
                    types: HashMap::new(),
                    mentions: Vec::new(),
                    forms: Vec::new(),
                    first: (ai, li),
                    words: 0,
                });
                groups.len() - 1
            });
            local.push(g);
        }
        entity_of.push(local);
    }
    // A surname alone in one source ("Mayhoub") joins the one full name that ends with it.
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    for (ai, a) in articles.iter().enumerate() {
        for (li, e) in a.entities.iter().enumerate() {
            if e.etype == EntityType::Person {
                let w = names::words(&e.name);
                if w.len() > 1 {
                    let g = entity_of[ai][li];
                    let list = by_last.entry(w[w.len() - 1].clone()).or_default();
                    if !list.contains(&g) {
                        list.push(g);
                    }
                }
            }
        }
    }
    let mut redirect: Vec<usize> = (0..groups.len()).collect();
    for (ai, a) in articles.iter().enumerate() {
        for (li, e) in a.entities.iter().enumerate() {
            let w = names::words(&e.name);
            // an untyped single name ("where Mayhoub spoke") joins too: its key is a surname here
            if matches!(e.etype, EntityType::Person | EntityType::Misc) && w.len() == 1 {
                if let Some([only]) = by_last.get(&w[0]).map(|v| v.as_slice()) {
                    redirect[entity_of[ai][li]] = *only;
                }
            }
        }
    }
    for (ai, a) in articles.iter().enumerate() {
        for (li, e) in a.entities.iter().enumerate() {
            let g = redirect[entity_of[ai][li]];
            entity_of[ai][li] = g;
            let acc = &mut groups[g];
            *acc.names.entry(e.name.clone()).or_default() += e.mentions;
            *acc.types.entry(e.etype).or_default() += e.mentions;
            match acc.mentions.last_mut() {
                Some((s, n)) if *s == ai => *n += e.mentions,
                _ => acc.mentions.push((ai, e.mentions)),
            }
            for f in &e.forms {
                if !acc.forms.contains(f) {
                    acc.forms.push(f.clone());
                }
            }
            acc.words = acc.words.max(names::words(&e.name).len());
        }
    }
    // Keep only groups that received entities (redirected ones are empty).
    let mut order: Vec<usize> = (0..groups.len())
        .filter(|&g| !groups[g].mentions.is_empty())
        .collect();
    let total = |g: usize| groups[g].mentions.iter().map(|m| m.1).sum::<usize>();
    order.sort_by(|&x, &y| {
        total(y)
            .cmp(&total(x))
            .then(groups[x].first.cmp(&groups[y].first))
    });
    let mut new_index = vec![usize::MAX; groups.len()];
    let mut entities = Vec::with_capacity(order.len());
    for (rank, &g) in order.iter().enumerate() {
        new_index[g] = rank;
        let acc = &groups[g];
        // the most used of the fullest names
        let name = acc
            .names
            .iter()
            .max_by(|a, b| {
                let wa = names::words(a.0).len().min(3);
                let wb = names::words(b.0).len().min(3);
                wa.cmp(&wb).then(a.1.cmp(b.1)).then(b.0.cmp(a.0))
            })
            .map(|(n, _)| n.clone())
            .unwrap_or_default();
        let etype = acc
            .types
            .iter()
            .max_by(|a, b| {
                let misc_a = *a.0 == EntityType::Misc;
                let misc_b = *b.0 == EntityType::Misc;
                misc_b.cmp(&misc_a).then(a.1.cmp(b.1)).then(b.0.cmp(a.0))
            })
            .map(|(t, _)| *t)
            .unwrap_or(EntityType::Misc);
        let variants = acc.forms.iter().filter(|f| **f != name).cloned().collect();
        entities.push(StoryEntity {
            key: format!("e{}", rank + 1),
            name,
            etype,
            mentions: acc.mentions.clone(),
            variants,
            flags: Vec::new(),
        });
    }
    for per in &mut entity_of {
        for g in per.iter_mut() {
            *g = new_index[*g];
        }
    }
    Story {
        entities,
        entity_of,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Pipeline;

    #[test]
    fn aligns_spellings_across_sources() {
        let p = Pipeline::default();
        let a = p
            .analyze(
                "a",
                "Troops entered al-Qaim on Friday. Prime Minister Haider al-Abadi spoke.",
            )
            .unwrap();
        let b = p
            .analyze("b", "Forces retook Qaim, said Abadi. Later Qaim was quiet.")
            .unwrap();
        let s = compare(&[a, b]);
        let qaim: Vec<&StoryEntity> = s
            .entities
            .iter()
            .filter(|e| names::key(&e.name) == "qaim")
            .collect();
        assert_eq!(qaim.len(), 1, "{:?}", s.entities);
        assert_eq!(qaim[0].mentions, vec![(0, 1), (1, 2)]);
        let abadi: Vec<&StoryEntity> = s
            .entities
            .iter()
            .filter(|e| e.name == "Haider al-Abadi")
            .collect();
        assert_eq!(abadi.len(), 1, "{:?}", s.entities);
        assert_eq!(abadi[0].mentions, vec![(0, 1), (1, 1)], "{:?}", s.entities);
    }
}
