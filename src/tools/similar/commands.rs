//! The statement model's commands; each takes the file's text and options and returns what it
//! prints, so the binary only reads files and writes output.
//!
//! ```text
//! crossread train similar --train FILE --out FILE [--part tune|check|all] [--without FAM,...]
//! crossread eval similar FILE [--part tune|check|all] [--model FILE] [--families]
//! crossread similar --pairs FILE        ID1<TAB>ID2<TAB>SCORE<TAB>LABEL per pair
//! ```

use super::{fit, mask_without, part_of, read_pairs, score, vectors, Pair, Scores, L2};
use crate::similar::{Model, FAMILIES, WIDTH};
use crate::tools::eval::split::Part;
use crate::tools::flag;

/// Labelled pairs of a part, with their feature vectors.
fn labelled(text: &str, part: Part) -> Result<(Vec<[f32; WIDTH]>, Vec<bool>), String> {
    let pairs: Vec<Pair> = part_of(read_pairs(text)?, part)
        .into_iter()
        .filter(|p| p.label.is_some())
        .collect();
    if pairs.is_empty() {
        return Err("no labelled pairs (a Quality column of 0 or 1)".into());
    }
    let ys = pairs.iter().map(|p| p.label == Some(true)).collect();
    Ok((vectors(&pairs), ys))
}

/// `train similar`: fits the model on a part of the file (the tuning part unless told) and
/// returns the model file's bytes and a report line.
pub fn train(text: &str, args: &[String]) -> Result<(Vec<u8>, String), String> {
    let part = Part::parse(flag(args, "--part").or(Some("tune")))?;
    let without: Vec<&str> = flag(args, "--without")
        .map(|w| w.split(',').collect())
        .unwrap_or_default();
    let (xs, ys) = labelled(text, part)?;
    let m = fit(&xs, &ys, &mask_without(&without)?, L2);
    let s = score(&m, &xs, &ys);
    let report = format!(
        "{} pairs; on them: accuracy {:.2}, F1 {:.2}; threshold {:.2}",
        s.pairs, s.accuracy, s.f1, m.threshold
    );
    Ok((m.to_bytes(), report))
}

fn row(name: &str, s: &Scores) -> String {
    format!(
        "{name:<22} {:>6} {:>9.2} {:>9.2} {:>7.2} {:>7.2}\n",
        s.pairs, s.accuracy, s.precision, s.recall, s.f1
    )
}

const HEAD: &str = "                        pairs  accuracy precision  recall      F1\n";

/// `eval similar`: accuracy and F1 of the "same" class on a part of a labelled file; with
/// `--families`, the same after retraining on the tuning part without each family in turn.
pub fn eval(text: &str, args: &[String], model: &Model) -> Result<String, String> {
    let part = Part::parse(flag(args, "--part"))?;
    let mut out = String::from(HEAD);
    if !args.iter().any(|a| a == "--families") {
        let (xs, ys) = labelled(text, part)?;
        out.push_str(&row("model", &score(model, &xs, &ys)));
        return Ok(out);
    }
    let (tx, ty) = labelled(text, Part::Tune)?;
    let (cx, cy) = labelled(text, Part::Check)?;
    let mut variants: Vec<(String, Vec<&str>)> = vec![("all families".into(), vec![])];
    for (fam, _) in FAMILIES {
        variants.push((format!("without {fam}"), vec![*fam]));
    }
    out = format!("trained on the tuning part, scored on the checking part\n{HEAD}");
    for (name, without) in variants {
        let m = fit(&tx, &ty, &mask_without(&without)?, L2);
        out.push_str(&row(&name, &score(&m, &cx, &cy)));
    }
    Ok(out)
}

/// `similar --pairs`: per pair, `ID1<TAB>ID2<TAB>SCORE<TAB>LABEL`, LABEL 1 when the model calls
/// the two the same statement.
///
/// With `features`, each line goes on with the pair's feature vector and the file's label (for
/// trying other learners on the same features).
pub fn pairs(text: &str, model: &Model, features: bool) -> Result<String, String> {
    let pairs = read_pairs(text)?;
    let mut out = String::new();
    for (p, x) in pairs.iter().zip(vectors(&pairs)) {
        let s = model.probability(&x);
        out.push_str(&format!(
            "{}\t{}\t{:.4}\t{}",
            p.id1,
            p.id2,
            s,
            u8::from(model.same(s))
        ));
        if features {
            for v in x {
                out.push_str(&format!("\t{v}"));
            }
            let label = p.label.map_or("", |l| if l { "1" } else { "0" });
            out.push_str(&format!("\t{label}"));
        }
        out.push('\n');
    }
    Ok(out)
}
