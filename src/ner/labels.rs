//! BILOU labels (Ratinov & Roth 2009: BILOU beats BIO for CoNLL-2003) and the constrained
//! Viterbi decoder over them.
//!
//! Label 0 is `O`; entity type `t` (0 PER, 1 ORG, 2 LOC, 3 MISC, the CoNLL-2003 types) has
//! `B = 1+4t`, `I = 2+4t`, `L = 3+4t`, `U = 4+4t`.

/// Number of labels.
pub const N: usize = 17;
/// CoNLL-2003 type names in label order.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    O,
    B,
    I,
    L,
    U,
}

pub fn part(l: u8) -> Part {
    if l == 0 {
        return Part::O;
    }
    match (l - 1) % 4 {
        0 => Part::B,
        1 => Part::I,
        2 => Part::L,
        _ => Part::U,
    }
}

/// Entity type index of a label (`None` for `O`).
pub fn entity_type(l: u8) -> Option<u8> {
    (l != 0).then(|| (l - 1) / 4)
}

pub fn label(part: Part, ty: u8) -> u8 {
    match part {
        Part::O => 0,
        Part::B => 1 + 4 * ty,
        Part::I => 2 + 4 * ty,
        Part::L => 3 + 4 * ty,
        Part::U => 4 + 4 * ty,
    }
}

/// Whether `cur` may follow `prev` (`None`: sentence start).
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    let open = prev.is_some_and(|p| matches!(part(p), Part::B | Part::I));
    if open {
        let p = prev.unwrap_or(0);
        matches!(part(cur), Part::I | Part::L) && entity_type(cur) == entity_type(p)
    } else {
        matches!(part(cur), Part::O | Part::B | Part::U)
    }
}

/// Whether a sentence may end on `l`.
pub fn may_end(l: u8) -> bool {
    matches!(part(l), Part::O | Part::L | Part::U)
}

/// Entity chunks `(start, end, type)` of a BILOU label sequence.
pub fn chunks(labels: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, u8)> = None;
    for (i, &l) in labels.iter().enumerate() {
        match part(l) {
            Part::O => open = None,
            Part::U => {
                open = None;
                out.push((i, i + 1, entity_type(l).unwrap_or(0)));
            }
            Part::B => open = Some((i, entity_type(l).unwrap_or(0))),
            Part::I => {}
            Part::L => {
                if let Some((s, t)) = open.take() {
                    out.push((s, i + 1, t));
                }
            }
        }
    }
    out
}

/// BILOU labels of chunks over `n` tokens.
pub fn from_chunks(n: usize, chunks: &[(usize, usize, u8)]) -> Vec<u8> {
    let mut out = vec![0u8; n];
    for &(s, e, t) in chunks {
        if e <= s || e > n {
            continue;
        }
        if e - s == 1 {
            out[s] = label(Part::U, t);
        } else {
            out[s] = label(Part::B, t);
            for o in &mut out[s + 1..e - 1] {
                *o = label(Part::I, t);
            }
            out[e - 1] = label(Part::L, t);
        }
    }
    out
}

/// Best label sequence under `emit[i*N + l]` and `trans[(p+1)*N + l]` (row 0: sentence start),
/// respecting the BILOU constraints.
pub fn viterbi(emit: &[f32], trans: &[f32], n: usize, out: &mut Vec<u8>) {
    Viterbi::default().decode(emit, trans, n, out)
}

/// Viterbi decoding with its score and back-pointer tables kept between sentences.
#[derive(Default)]
pub struct Viterbi {
    score: Vec<f32>,
    back: Vec<u8>,
}

impl Viterbi {
    /// As [`viterbi`].
    pub fn decode(&mut self, emit: &[f32], trans: &[f32], n: usize, out: &mut Vec<u8>) {
        out.clear();
        if n == 0 {
            return;
        }
        const NEG: f32 = f32::NEG_INFINITY;
        let score = &mut self.score;
        let back = &mut self.back;
        score.clear();
        score.resize(n * N, NEG);
        back.clear();
        back.resize(n * N, 0);
        for l in 0..N {
            if allowed(None, l as u8) {
                score[l] = emit[l] + trans[l];
            }
        }
        for i in 1..n {
            for l in 0..N {
                let mut best = NEG;
                let mut arg = 0u8;
                for &p in &PREDS.0[l][..PREDS.1[l] as usize] {
                    let p = p as usize;
                    let s = score[(i - 1) * N + p];
                    if s == NEG {
                        continue;
                    }
                    let v = s + trans[(p + 1) * N + l];
                    if v > best {
                        best = v;
                        arg = p as u8;
                    }
                }
                if best > NEG {
                    score[i * N + l] = best + emit[i * N + l];
                    back[i * N + l] = arg;
                }
            }
        }
        let mut best = NEG;
        let mut arg = 0u8;
        for l in 0..N {
            let s = score[(n - 1) * N + l];
            if may_end(l as u8) && s > best {
                best = s;
                arg = l as u8;
            }
        }
        out.resize(n, 0);
        out[n - 1] = arg;
        for i in (1..n).rev() {
            out[i - 1] = back[i * N + out[i] as usize];
        }
    }
}

/// `PREDS.0[l][..PREDS.1[l]]`: the labels `l` may follow, in increasing order (so that Viterbi
/// breaks ties as a full scan would).
static PREDS: ([[u8; N]; N], [u8; N]) = {
    let mut p = [[0u8; N]; N];
    let mut n = [0u8; N];
    let mut l = 0;
    while l < N {
        let mut q = 0;
        while q < N {
            if ALLOWED[q][l] {
                p[l][n[l] as usize] = q as u8;
                n[l] += 1;
            }
            q += 1;
        }
        l += 1;
    }
    (p, n)
};

/// `ALLOWED[p][l]`: whether label `l` may follow label `p`.
static ALLOWED: [[bool; N]; N] = {
    let mut a = [[false; N]; N];
    let mut p = 0;
    while p < N {
        let mut l = 0;
        while l < N {
            let open = p != 0 && ((p - 1) % 4 == 0 || (p - 1) % 4 == 1);
            a[p][l] = if open {
                l != 0 && (l - 1) / 4 == (p - 1) / 4 && ((l - 1) % 4 == 1 || (l - 1) % 4 == 2)
            } else {
                l == 0 || (l - 1) % 4 == 0 || (l - 1) % 4 == 3
            };
            l += 1;
        }
        p += 1;
    }
    a
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_rule() {
        for p in 0..N as u8 {
            for l in 0..N as u8 {
                assert_eq!(
                    ALLOWED[p as usize][l as usize],
                    allowed(Some(p), l),
                    "{p} {l}"
                );
            }
        }
    }

    #[test]
    fn chunks_round_trip() {
        let c = vec![(0, 2, 0), (3, 4, 2), (5, 8, 3)];
        let l = from_chunks(9, &c);
        assert_eq!(chunks(&l), c);
    }

    #[test]
    fn viterbi_respects_constraints() {
        // emissions favour I-PER alone, which may not start a sentence
        let mut emit = vec![0.0; 2 * N];
        emit[label(Part::I, 0) as usize] = 5.0;
        emit[N + label(Part::L, 0) as usize] = 5.0;
        let trans = vec![0.0; (N + 1) * N];
        let mut out = Vec::new();
        viterbi(&emit, &trans, 2, &mut out);
        assert_eq!(out, vec![label(Part::B, 0), label(Part::L, 0)]);
    }
}
