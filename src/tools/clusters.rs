//! Word clusters from word vectors, for the tagger's cluster features (`crossread tables
//! clusters`): the vectors of the most frequent words, normalised to unit length, split by
//! bisecting k-means (Steinbach et al. 2000) into a binary tree `depth` levels deep. A word's
//! cluster is its path from the root, written as '0'/'1' like a Brown cluster path, so that
//! path prefixes give coarser clusters (Turian et al. 2010 compare both as NER features).

/// Reads `word v1 v2 ...` lines (GloVe text format), keeping the first `limit` words that
/// contain a letter; returns the words and their unit-length vectors.
pub fn read_vectors(text: &str, limit: usize) -> Result<(Vec<String>, Vec<Vec<f32>>), String> {
    let mut words = Vec::new();
    let mut vecs = Vec::new();
    let mut dim = None;
    for (n, line) in text.lines().enumerate() {
        if words.len() >= limit {
            break;
        }
        let mut f = line.split(' ');
        let w = f.next().unwrap_or("");
        if !w.chars().any(char::is_alphabetic) {
            continue;
        }
        let v: Vec<f32> = f
            .map(|x| x.parse::<f32>())
            .collect::<Result<_, _>>()
            .map_err(|_| format!("vectors line {}: not a number", n + 1))?;
        if *dim.get_or_insert(v.len()) != v.len() || v.is_empty() {
            return Err(format!(
                "vectors line {}: {} values, expected {:?}",
                n + 1,
                v.len(),
                dim
            ));
        }
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
        words.push(w.to_string());
        vecs.push(v.into_iter().map(|x| x / norm).collect());
    }
    Ok((words, vecs))
}

fn dist2(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
}

fn mean(vecs: &[Vec<f32>], idx: &[usize]) -> Vec<f32> {
    let d = vecs[idx[0]].len();
    let mut m = vec![0.0f32; d];
    for &i in idx {
        for (a, b) in m.iter_mut().zip(&vecs[i]) {
            *a += b;
        }
    }
    m.iter_mut().for_each(|a| *a /= idx.len() as f32);
    m
}

/// Splits `idx` in two by 2-means, seeded by the member farthest from the mean and the member
/// farthest from that one (deterministic).
fn split(vecs: &[Vec<f32>], idx: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let m = mean(vecs, idx);
    let far = |from: &[f32]| {
        idx.iter()
            .copied()
            .max_by(|&a, &b| dist2(&vecs[a], from).total_cmp(&dist2(&vecs[b], from)))
            .unwrap_or(idx[0])
    };
    let a = far(&m);
    let b = far(&vecs[a]);
    let (mut ca, mut cb) = (vecs[a].clone(), vecs[b].clone());
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for _ in 0..12 {
        left.clear();
        right.clear();
        for &i in idx {
            if dist2(&vecs[i], &ca) <= dist2(&vecs[i], &cb) {
                left.push(i);
            } else {
                right.push(i);
            }
        }
        if left.is_empty() || right.is_empty() {
            break;
        }
        ca = mean(vecs, &left);
        cb = mean(vecs, &right);
    }
    if left.is_empty() || right.is_empty() {
        let half = idx.len() / 2;
        return (idx[..half].to_vec(), idx[half..].to_vec());
    }
    (left, right)
}

/// Cluster path of every word (same order as `vecs`).
pub fn bisect(vecs: &[Vec<f32>], depth: usize) -> Vec<String> {
    let mut paths = vec![String::new(); vecs.len()];
    let mut stack: Vec<(Vec<usize>, String)> = vec![((0..vecs.len()).collect(), String::new())];
    while let Some((idx, path)) = stack.pop() {
        if path.len() >= depth || idx.len() < 2 {
            for &i in &idx {
                paths[i] = path.clone();
            }
            continue;
        }
        let (l, r) = split(vecs, &idx);
        stack.push((l, format!("{path}0")));
        stack.push((r, format!("{path}1")));
    }
    paths
}

/// `crossread tables clusters --vectors FILE --words N --depth D --out FILE`.
pub fn build_command(args: &[String]) -> Result<(), String> {
    let mut vectors = None;
    let mut out = None;
    let mut words = 100_000usize;
    let mut depth = 12usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let v = it.next().ok_or_else(|| format!("{a} needs a value"))?;
        match a.as_str() {
            "--vectors" => vectors = Some(v.clone()),
            "--out" => out = Some(v.clone()),
            "--words" => words = v.parse().map_err(|_| "--words needs a number")?,
            "--depth" => depth = v.parse().map_err(|_| "--depth needs a number")?,
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    let (Some(vectors), Some(out)) = (vectors, out) else {
        return Err("tables clusters needs --vectors FILE --out FILE".into());
    };
    let text = std::fs::read_to_string(&vectors).map_err(|e| format!("{vectors}: {e}"))?;
    let (ws, vs) = read_vectors(&text, words)?;
    let paths = bisect(&vs, depth);
    let mut s = String::new();
    for (w, p) in ws.iter().zip(&paths) {
        s.push_str(p);
        s.push('\t');
        s.push_str(w);
        s.push('\n');
    }
    std::fs::write(&out, s).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("wrote {out}: {} words, depth {depth}", ws.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_vectors_share_long_prefixes() {
        let text = "a 1 0\nb 0.9 0.1\nc 0 1\nd 0.1 0.9\n";
        let (w, v) = read_vectors(text, 10).expect("vectors");
        assert_eq!(w, ["a", "b", "c", "d"]);
        let p = bisect(&v, 1);
        assert_eq!(p[0], p[1]);
        assert_eq!(p[2], p[3]);
        assert_ne!(p[0], p[2]);
    }
}
