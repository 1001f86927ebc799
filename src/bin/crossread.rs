//! `crossread`: the command-line face of the core, for batch work and measurement.
//!
//! ```text
//! crossread analyze FILE...            all files as one story (.html pages read as articles); `-` reads stdin
//! crossread html FILE                  a saved web page's {"title","byline","date","site","body"} as JSON
//! crossread analyze --jsonl            stdin lines {"id","text"} -> one article object a line
//! crossread ner --conll FILE           CoNLL-2003 file with a predicted BIO column added
//! crossread eval ner FILE              entity F1 per type on a CoNLL-2003 file (conlleval rules)
//! crossread eval figures FILE [--failures]  figure pass rate per Recognizers-Text model and category
//! crossread eval quotes FILE [--examples K]  direct quote recall/precision/F1, speaker accuracy (PolNeAR)
//! crossread eval html DIR [--part tune|check|all] [--failures]  body extraction F1 (article-extraction-benchmark)
//! crossread eval story KEY.json [--clusters FILE] [--examples]  story diff against a key read by hand
//! crossread eval similar FILE [--part P] [--families]  statement model accuracy/F1 (MSRP format)
//! crossread eval statements KEY.tsv... [--clusters FILE] [--seeds DIR]  statement alignment against a key read by hand
//! crossread similar --pairs FILE       ID1<TAB>ID2<TAB>SCORE<TAB>LABEL per sentence pair (MSRP format)
//! crossread train similar --train FILE --out FILE  fit the statement model (tuning part)
//! crossread split FILE --out DIR [--seed N] [--by FIELD]  a data set's tuning and checking halves
//! ```
//! Bad input gives one line on stderr and exit status 1 (2 for bad usage), never a panic.

use crossread::tools::eval::split::Part;
use crossread::tools::flag;
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: crossread analyze [--pretty] FILE... | crossread analyze --jsonl | crossread ner --conll FILE | crossread eval ner FILE [--model FILE] [--part tune|check|all] | crossread eval ecb|figures|quotes FILE | crossread eval html DIR | crossread eval similar FILE [--part P] [--families] | crossread eval statements KEY.tsv... [--clusters FILE] [--seeds DIR] | crossread similar --pairs FILE | crossread train similar --train FILE --out FILE | crossread train statements KEY.tsv... --clusters FILE --seeds DIR --out FILE [--threshold P] [--dump] [--explain] | crossread html FILE | crossread split FILE --out DIR [--seed N] [--by FIELD] | crossread tables aliases ... | crossread tables model --in FILE --out FILE [--min-weight N] [--vocab FILE [--words N|N0,N1]]";

enum CliError {
    Usage(String),
    Input(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Usage(m)) => {
            eprintln!("crossread: {m}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(CliError::Input(m)) => {
            eprintln!("crossread: {m}");
            ExitCode::from(1)
        }
    }
}

/// A score against a key, and its examples after `--examples`.
fn write_keyed(
    report: &dyn std::fmt::Display,
    examples: &[String],
    rest: &[String],
) -> Result<(), CliError> {
    let mut out = format!("{report}\n");
    if rest.iter().any(|a| a == "--examples") {
        for e in examples {
            out.push_str(e);
            out.push('\n');
        }
    }
    write_out(out.as_bytes())
}

/// The clusters file after `--clusters`, else the shared data set's.
fn clusters_arg(rest: &[String]) -> &str {
    flag(rest, "--clusters").unwrap_or("../shared/data/clusters/news-clusters-dev.jsonl")
}

fn run(args: &[String]) -> Result<(), CliError> {
    match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("ner") => match &args[1..] {
            [flag, file] if flag == "--conll" => {
                let input = read_source(file)?;
                let model = crossread::ner::Model::embedded().map_err(|e| CliError::Input(e.to_string()))?;
                let out = crossread::tools::conll::tag_with_model(&input, model);
                write_out(out.as_bytes())
            }
            _ => Err(CliError::Usage("ner needs --conll FILE".into())),
        },
        Some("eval") => match &args[1..] {
            [what, file, rest @ ..] if what == "ner" => eval_ner(file, rest),
            [what, file] if what == "ecb" => {
                let input = read_source(file)?;
                let report = crossread::tools::eval::ecb::score(&input).map_err(CliError::Input)?;
                let mut out = report.to_string();
                if !out.ends_with('\n') {
                    out.push('\n');
                }
                write_out(out.as_bytes())
            }
            [what, file, rest @ ..] if what == "quotes" => {
                let input = read_source(file)?;
                let report = crossread::tools::eval::quotes::score(&input).map_err(CliError::Input)?;
                let mut out = report.to_string();
                if let Some(n) = rest.iter().position(|a| a == "--examples") {
                    let kind = rest.get(n + 1).map(String::as_str).unwrap_or("");
                    for e in report.examples.iter().filter(|e| e.starts_with(kind)) {
                        out.push_str(e);
                        out.push('\n');
                    }
                }
                write_out(out.as_bytes())
            }
            [what, file, rest @ ..] if what == "figures" => {
                let input = read_source(file)?;
                let report = crossread::tools::eval::figures::score(&input).map_err(CliError::Input)?;
                let mut out = report.to_string();
                if rest.iter().any(|a| a == "--failures") {
                    for f in &report.failures {
                        out.push_str(f);
                        out.push('\n');
                    }
                }
                write_out(out.as_bytes())
            }
            [what, dir, rest @ ..] if what == "html" => {
                let part = Part::parse(flag(rest, "--part")).map_err(CliError::Usage)?;
                let out = crossread::tools::eval::html::score(dir, part, rest.iter().any(|a| a == "--failures")).map_err(CliError::Input)?;
                write_out(out.as_bytes())
            }
            [what, file, rest @ ..] if what == "entities" => {
                let (key, clusters) = (read_source(file)?, read_source(clusters_arg(rest))?);
                let report =
                    crossread::tools::eval::entities::score(&key, &clusters).map_err(CliError::Input)?;
                write_keyed(&report, &report.examples, rest)
            }
            [what, file, rest @ ..] if what == "story" => {
                let (key, clusters) = (read_source(file)?, read_source(clusters_arg(rest))?);
                let report = crossread::tools::eval::story::score(&key, &clusters).map_err(CliError::Input)?;
                write_keyed(&report, &report.examples, rest)
            }
            [what, rest @ ..] if what == "statements" => eval_statements(rest),
            [what, file, rest @ ..] if what == "similar" => {
                let model = similar_model(rest)?;
                let out = crossread::tools::similar::commands::eval(&read_source(file)?, rest, &model)
                    .map_err(CliError::Input)?;
                write_out(out.as_bytes())
            }
            _ => Err(CliError::Usage("eval needs: ner FILE | ecb FILE | html DIR [--part tune|check|all] [--failures] | figures FILE [--failures] | quotes FILE [--examples MISS|FALSE|SPEAKER] | story KEY.json [--clusters FILE] [--examples] | entities KEY.json [--clusters FILE] [--examples] | similar FILE [--part tune|check|all] [--model FILE] [--families] | statements KEY.tsv... [--clusters FILE] [--seeds DIR]".into())),
        },
        Some("split") => split(&args[1..]),
        Some("similar") => match &args[1..] {
            [flag, file, rest @ ..] if flag == "--pairs" => {
                let model = similar_model(rest)?;
                let features = rest.iter().any(|a| a == "--features");
                let out = crossread::tools::similar::commands::pairs(&read_source(file)?, &model, features)
                    .map_err(CliError::Input)?;
                write_out(out.as_bytes())
            }
            _ => Err(CliError::Usage("similar needs --pairs FILE [--model FILE] [--features] (the MSRP format)".into())),
        },
        Some("html") => match &args[1..] {
            [file] => html_page(file),
            _ => Err(CliError::Usage("html needs: FILE (a saved web page; - for stdin)".into())),
        },
        Some("train") => match &args[1..] {
            [what, rest @ ..] if what == "ner" => train_ner(rest),
            [what, rest @ ..] if what == "similar" => train_similar(rest),
            [what, rest @ ..] if what == "statements" => train_statements(rest),
            _ => Err(CliError::Usage("train needs: ner --train FILE --out FILE [--epochs N] [--prune X] [--levels N] [--lists DIR] | similar --train FILE --out FILE [--part tune|check|all] [--without FAMILY,...]".into())),
        },
        Some("tables") => match &args[1..] {
            [what, rest @ ..] if what == "aliases" => {
                crossread::tools::aliases_table::command(rest).map_err(CliError::Input)
            }
            [what, rest @ ..] if what == "clusters" => {
                crossread::tools::clusters::build_command(rest).map_err(CliError::Input)
            }
            [what, rest @ ..] if what == "model" => rewrite_model(rest),
            _ => Err(CliError::Usage("tables needs: aliases ... | clusters ... | model --in FILE --out FILE [--min-weight N] [--vocab FILE [--words N|N0,N1]]".into())),
        },
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(CliError::Usage(format!("unknown command {other:?}"))),
        None => Err(CliError::Usage("no command".into())),
    }
}

fn analyze(args: &[String]) -> Result<(), CliError> {
    let pretty = args.iter().any(|a| a == "--pretty");
    if args.iter().any(|a| a == "--jsonl") {
        return analyze_jsonl();
    }
    let files: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with("--") || a.as_str() == "-")
        .collect();
    if let Some(bad) = args
        .iter()
        .find(|a| a.starts_with("--") && !matches!(a.as_str(), "--pretty" | "--jsonl"))
    {
        return Err(CliError::Usage(format!("unknown option {bad:?}")));
    }
    if files.is_empty() {
        return Err(CliError::Usage(
            "analyze needs at least one FILE (or - for stdin)".into(),
        ));
    }
    let mut articles: Vec<(String, String)> = Vec::new();
    for f in files {
        let text = read_article(f)?;
        let mut id = source_id(f);
        let base = id.clone();
        let mut n = 2;
        while articles.iter().any(|(i, _)| *i == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        articles.push((id, text));
    }
    let doc = crossread::compare(&articles).map_err(|e| CliError::Input(e.to_string()))?;
    let json = if pretty {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    }
    .map_err(|e| CliError::Input(format!("cannot write JSON: {e}")))?;
    write_out(json.as_bytes())?;
    write_out(b"\n")
}

#[derive(serde::Deserialize)]
struct JsonlArticle {
    id: serde_json::Value,
    text: String,
}

fn analyze_jsonl() -> Result<(), CliError> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| CliError::Input(format!("stdin line {}: {e}", n + 1)))?;
        if line.trim().is_empty() {
            continue;
        }
        let a: JsonlArticle = serde_json::from_str(&line).map_err(|e| {
            CliError::Input(format!(
                "stdin line {}: not an {{\"id\", \"text\"}} object: {e}",
                n + 1
            ))
        })?;
        let id = match a.id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        let doc = crossread::analyze_article(&id, &a.text)
            .map_err(|e| CliError::Input(format!("stdin line {}: {e}", n + 1)))?;
        let json = serde_json::to_string(&doc).map_err(|e| CliError::Input(e.to_string()))?;
        writeln!(out, "{json}").map_err(io_err)?;
    }
    out.flush().map_err(io_err)
}

/// `eval ner FILE [--model FILE] [--part tune|check|all]`: CoNLL scores of the tagger. The
/// parts are halves of the file's documents (`-DOCSTART-`), split as every data set is.
fn eval_ner(file: &str, rest: &[String]) -> Result<(), CliError> {
    let part = Part::parse(flag(rest, "--part")).map_err(CliError::Usage)?;
    let whole = read_source(file)?;
    let docs: Vec<String> = whole
        .split("-DOCSTART-")
        .filter(|d| !d.trim().is_empty())
        .map(|d| format!("-DOCSTART-{d}"))
        .collect();
    let input = crossread::tools::eval::split::keys_of(docs, part).concat();
    let loaded;
    let model = match flag(rest, "--model") {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| CliError::Input(format!("{path}: {e}")))?;
            loaded = crossread::ner::Model::from_bytes(&bytes)
                .map_err(|e| CliError::Input(format!("{path}: {e}")))?;
            &loaded
        }
        None => crossread::ner::Model::embedded().map_err(|e| CliError::Input(e.to_string()))?,
    };
    let tagged = crossread::tools::conll::tag_with_model(&input, model);
    let scores = crossread::tools::conll::score(&tagged);
    let mut out = String::from("type      precision  recall      F1   gold\n");
    for ty in ["PER", "ORG", "LOC", "MISC", "overall"] {
        if let Some(c) = scores.get(ty) {
            out.push_str(&format!(
                "{ty:<8} {:>10.2} {:>7.2} {:>7.2} {:>6}\n",
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold
            ));
        }
    }
    write_out(out.as_bytes())
}

/// `tables model`: reads an entity model file and writes it again, in the current compact form
/// (cluster words the lower-case fallback finds left out), without its weights below
/// `--min-weight` (quantised units; 0 keeps them all).
fn rewrite_model(args: &[String]) -> Result<(), CliError> {
    let arg = |name: &str| flag(args, name);
    let (Some(input), Some(out)) = (arg("--in"), arg("--out")) else {
        return Err(CliError::Usage(
            "tables model needs --in FILE --out FILE [--min-weight N]".into(),
        ));
    };
    let min: i16 = match arg("--min-weight") {
        Some(v) => v
            .parse()
            .map_err(|_| CliError::Usage("--min-weight needs a number".into()))?,
        None => 0,
    };
    let bytes = std::fs::read(input).map_err(|e| CliError::Input(format!("{input}: {e}")))?;
    let mut model = crossread::ner::Model::from_bytes(&bytes)
        .map_err(|e| CliError::Input(format!("{input}: {e}")))?
        .pruned(min);
    if let Some(path) = arg("--vocab") {
        // a word is kept while its lower-case form is among the first N words of a list in
        // frequency order (GloVe's file is one): `--words N` for every table, `N0,N1` per table
        let limits: Vec<usize> = match arg("--words") {
            Some(v) => v
                .split(',')
                .map(|n| {
                    n.parse()
                        .map_err(|_| CliError::Usage("--words needs N or N0,N1".into()))
                })
                .collect::<Result<_, _>>()?,
            None => vec![usize::MAX],
        };
        let text = read_source(path)?;
        let mut rank: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, l) in text.lines().enumerate() {
            rank.entry(l.split(' ').next().unwrap_or("")).or_insert(i);
        }
        model = model.with_cluster_words(|table, w| {
            let limit = limits
                .get(table)
                .or(limits.last())
                .copied()
                .unwrap_or(usize::MAX);
            rank.get(w.to_lowercase().as_str())
                .is_some_and(|&r| r < limit)
        });
    }
    let written = model.to_bytes();
    std::fs::write(out, &written).map_err(|e| CliError::Input(format!("{out}: {e}")))?;
    eprintln!(
        "{out}: {} features, {} bytes (was {})",
        model.feature_count(),
        written.len(),
        bytes.len()
    );
    Ok(())
}

/// `train ner`: trains the entity model on a CoNLL-2003 file and writes the model file.
fn train_ner(args: &[String]) -> Result<(), CliError> {
    let mut train = None;
    let mut out = None;
    let mut lists = None;
    let mut opts = crossread::tools::train::Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| CliError::Usage(format!("{a} needs a value")))
        };
        match a.as_str() {
            "--train" => train = Some(value()?),
            "--out" => out = Some(value()?),
            "--lists" => lists = Some(value()?),
            "--epochs" => {
                opts.epochs = value()?
                    .parse()
                    .map_err(|_| CliError::Usage("--epochs needs a number".into()))?
            }
            "--levels" => {
                opts.levels = value()?
                    .parse()
                    .map_err(|_| CliError::Usage("--levels needs a number up to 32767".into()))?
            }
            "--prune" => {
                opts.prune = value()?
                    .parse()
                    .map_err(|_| CliError::Usage("--prune needs a number".into()))?
            }
            other => return Err(CliError::Usage(format!("unknown option {other:?}"))),
        }
    }
    let (Some(train), Some(out)) = (train, out) else {
        return Err(CliError::Usage(
            "train ner needs --train FILE --out FILE".into(),
        ));
    };
    let docs = crossread::tools::train::read_conll(&read_source(&train)?);
    let mut lex = crossread::ner::gazetteers::Gazetteers::builtin();
    if let Some(dir) = lists {
        crossread::tools::train::load_lists(&mut lex, &dir).map_err(CliError::Input)?;
    }
    eprintln!(
        "{} documents, {} gazetteer phrases, {} cluster words",
        docs.len(),
        lex.phrase_count(),
        lex.cluster_count()
    );
    let model = crossread::tools::train::train(&docs, lex, &opts, &mut |l| eprintln!("{l}"));
    let bytes = model.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| CliError::Input(format!("{out}: {e}")))?;
    eprintln!(
        "wrote {out}: {} bytes, {} features",
        bytes.len(),
        model.feature_count()
    );
    Ok(())
}

/// The statement model of `--model FILE`, or the embedded one.
fn similar_model(args: &[String]) -> Result<crossread::similar::Model, CliError> {
    match flag(args, "--model") {
        Some(path) => crossread::similar::Model::from_bytes(&read_bytes(path)?)
            .map_err(|e| CliError::Input(format!("{path}: {e}"))),
        None => crossread::similar::Model::embedded()
            .cloned()
            .map_err(|e| CliError::Input(e.to_string())),
    }
}

/// Statement keys (`*.tsv`) among the arguments, and where their stories are: `--clusters
/// FILE`, `--seeds DIR`, or (the older form) a last argument naming a clusters file or a dir.
fn statement_sources(
    args: &[String],
) -> Result<(Vec<&String>, Option<String>, Option<String>), CliError> {
    let valued = ["--clusters", "--seeds", "--out", "--model", "--threshold"];
    let positional: Vec<&String> = (args.iter().enumerate())
        .filter(|(i, a)| {
            !a.starts_with("--") && (*i == 0 || !valued.contains(&args[i - 1].as_str()))
        })
        .map(|(_, a)| a)
        .collect();
    let (keys, other): (Vec<&String>, Vec<&String>) =
        positional.into_iter().partition(|a| a.ends_with(".tsv"));
    let mut clusters = flag(args, "--clusters").map(read_source).transpose()?;
    let mut seeds = flag(args, "--seeds").map(str::to_string);
    for o in other {
        if o.ends_with(".jsonl") {
            clusters = Some(read_source(o)?);
        } else {
            seeds = Some(o.clone());
        }
    }
    if keys.is_empty() {
        return Err(CliError::Usage(
            "give one or more statement keys (KEY.tsv)".into(),
        ));
    }
    Ok((keys, clusters, seeds))
}

/// `eval statements KEY... [--clusters FILE] [--seeds DIR]`: each key's report, then totals per
/// half (tuning, checking).
fn eval_statements(args: &[String]) -> Result<(), CliError> {
    use crossread::tools::eval::statements as st;
    let (keys, clusters, seeds) = statement_sources(args)?;
    let (mut out, mut totals) = (String::new(), st::Totals::default());
    for path in &keys {
        let key = read_source(path)?;
        let at = |e: String| CliError::Input(format!("{path}: {e}"));
        let texts = st::texts_for(&key, clusters.as_deref(), seeds.as_deref()).map_err(at)?;
        let r = st::score(&key, &texts).map_err(at)?;
        if keys.len() > 1 {
            out.push_str(&format!("== {path}\n"));
        }
        out.push_str(&r.summary());
        totals.add(st::is_checking(&key), &r);
    }
    if keys.len() > 1 {
        out.push_str(&totals.summary());
    }
    write_out(out.as_bytes())
}

/// `train statements KEY... --clusters FILE --seeds DIR --out FILE [--dump]`: fits the story
/// model on the labelled candidates (or prints them, with `--dump`) of statement keys of the tuning half (a key naming a `# cluster:` reads it from
/// the clusters file, any other reads the seed articles of DIR).
fn train_statements(args: &[String]) -> Result<(), CliError> {
    use crossread::tools::eval::statements as st;
    use crossread::tools::similar::story;
    let model = similar_model(args)?;
    let (keys, clusters, seeds) = statement_sources(args)?;
    let mut dump = String::new();
    let mut stories = Vec::new();
    for path in keys {
        let key = read_source(path)?;
        if st::is_checking(&key) {
            return Err(CliError::Input(format!(
                "{path}: a key of the checking half never trains"
            )));
        }
        let texts = st::texts_for(&key, clusters.as_deref(), seeds.as_deref())
            .map_err(|e| CliError::Input(format!("{path}: {e}")))?;
        let l = story::labelled(&key, &texts, &model)
            .map_err(|e| CliError::Input(format!("{path}: {e}")))?;
        eprintln!(
            "{path}: {} pairs the story model judges, {} labelled same; key pairs among them {}/{}",
            l.ys.len(),
            l.ys.iter().filter(|y| **y).count(),
            l.key_pairs_judged,
            l.key_pairs
        );
        dump.push_str(&story::rows(path, &l));
        if args.iter().any(|a| a == "--explain") {
            println!("{path}\n{}", l.explain.join("\n"));
        }
        stories.push(l);
    }
    if args.iter().any(|a| a == "--explain") {
        return Ok(());
    }
    if args.iter().any(|a| a == "--dump") {
        return write_out(dump.as_bytes());
    }
    let Some(out) = flag(args, "--out") else {
        return Err(CliError::Usage(
            "train statements needs --out FILE (or --dump)".into(),
        ));
    };
    let threshold = (flag(args, "--threshold").map(str::parse::<f32>).transpose())
        .map_err(|_| CliError::Usage("--threshold needs a probability".into()))?;
    let (m, report) = story::train(&stories, threshold);
    let bytes = m.to_bytes();
    std::fs::write(out, &bytes).map_err(|e| CliError::Input(format!("{out}: {e}")))?;
    eprintln!("wrote {out}: {} bytes; {report}", bytes.len());
    Ok(())
}

/// `train similar`: fits the statement model on an MSRP-format file and writes the model file.
fn train_similar(args: &[String]) -> Result<(), CliError> {
    let (Some(train), Some(out)) = (flag(args, "--train"), flag(args, "--out")) else {
        return Err(CliError::Usage(
            "train similar needs --train FILE --out FILE".into(),
        ));
    };
    let (bytes, report) = crossread::tools::similar::commands::train(&read_source(train)?, args)
        .map_err(CliError::Input)?;
    std::fs::write(out, &bytes).map_err(|e| CliError::Input(format!("{out}: {e}")))?;
    eprintln!("wrote {out}: {} bytes; {report}", bytes.len());
    Ok(())
}

/// `html FILE`: the article a saved page holds, as `{"title", "byline", "date", "site", "body"}`.
fn html_page(file: &str) -> Result<(), CliError> {
    let page = crossread::html::extract(&read_page(file)?);
    let m = &page.meta;
    let json = serde_json::json!({
        "title": m.title, "byline": m.byline, "date": m.date, "site": m.site, "body": page.body,
    });
    write_out(format!("{json:#}\n").as_bytes())
}

/// A file's text; a saved web page (`.html`, `.htm`, or text that starts with a tag) becomes
/// its article text, headline first.
fn read_article(path: &str) -> Result<String, CliError> {
    let lower = path.to_ascii_lowercase();
    let raw = if lower.ends_with(".html") || lower.ends_with(".htm") {
        read_page(path)?
    } else {
        read_source(path)?
    };
    if crossread::html::looks_like_html(&raw) {
        return Ok(crossread::html::extract(&raw).article_text());
    }
    Ok(raw)
}

/// A file read as a web page would be: UTF-8, else Windows-1252.
fn read_page(path: &str) -> Result<String, CliError> {
    Ok(crossread::html::decode_bytes(&read_bytes(path)?))
}

/// A file's bytes (`-`: stdin's).
fn read_bytes(path: &str) -> Result<Vec<u8>, CliError> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::Input(format!("stdin: {e}")))?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|e| CliError::Input(format!("{path}: {e}")))
    }
}

/// A file's id: its name without directory and `.txt`/`.html` extension; "stdin" for `-`.
fn source_id(path: &str) -> String {
    if path == "-" {
        return "stdin".into();
    }
    let name = std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path);
    [".txt", ".html", ".htm", ".md"]
        .iter()
        .find_map(|ext| name.strip_suffix(ext))
        .unwrap_or(name)
        .to_string()
}

/// `split FILE --out DIR [--seed N] [--by FIELD]`: writes DIR/STEM.tune.jsonl and
/// DIR/STEM.check.jsonl (see `crossread::tools::eval::split`).
fn split(args: &[String]) -> Result<(), CliError> {
    let usage = || CliError::Usage("split needs: FILE --out DIR [--seed N] [--by FIELD]".into());
    let file = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .ok_or_else(usage)?;
    let opt = |name: &str| flag(args, name);
    let dir = opt("--out").ok_or_else(usage)?;
    let seed = match opt("--seed") {
        Some(s) => s.parse().map_err(|_| usage())?,
        None => crossread::tools::eval::split::DEFAULT_SEED,
    };
    let field = opt("--by").unwrap_or("model");
    let input = read_source(file)?;
    let (tune, check) = crossread::tools::eval::split::split(&input, seed, field);
    let stem = std::path::Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("data");
    std::fs::create_dir_all(dir).map_err(|e| CliError::Input(format!("{dir}: {e}")))?;
    for (part, lines) in [("tune", &tune), ("check", &check)] {
        let ext = std::path::Path::new(file)
            .extension()
            .and_then(|s| s.to_str())
            .unwrap_or("jsonl");
        let path = std::path::Path::new(dir).join(format!("{stem}.{part}.{ext}"));
        let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
        std::fs::write(&path, body)
            .map_err(|e| CliError::Input(format!("{}: {e}", path.display())))?;
        eprintln!("{}: {} lines", path.display(), lines.len());
    }
    Ok(())
}

fn read_source(path: &str) -> Result<String, CliError> {
    String::from_utf8(read_bytes(path)?).map_err(|e| {
        CliError::Input(format!(
            "{path}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn write_out(b: &[u8]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    out.write_all(b).map_err(io_err)
}

fn io_err(e: std::io::Error) -> CliError {
    CliError::Input(format!("cannot write output: {e}"))
}
