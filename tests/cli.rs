//! The `crossread` command on the five seed articles: concrete findings, the batch and CoNLL
//! modes, and clear errors on bad input.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_crossread");

fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("www/demo exists")
        .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    files
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn analyze_seeds() -> Value {
    let files = seeds();
    let args: Vec<&str> = std::iter::once("analyze")
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = run(&args, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn article<'a>(doc: &'a Value, id_prefix: &str) -> &'a Value {
    doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"].as_str().unwrap().starts_with(id_prefix))
        .unwrap()
}

#[test]
fn seeds_document_shape() {
    let doc = analyze_seeds();
    assert_eq!(doc["schema"], "crossread/1");
    let ids: Vec<&str> = doc["story"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "000_3db61b1766599d43",
            "001_037639a6d901256c",
            "002_95f8806dc18b240a",
            "003_5b3775f35aba45e2",
            "004_7accc43c01826d1b"
        ]
    );
    // every figure and quote belongs to exactly one story group, which lists it back
    for (section, list) in [("figures", "figures"), ("quotes", "quotes")] {
        let groups = doc["story"][section].as_array().unwrap();
        let mut members = 0;
        for a in doc["articles"].as_array().unwrap() {
            for (i, item) in a[list].as_array().unwrap().iter().enumerate() {
                let g = groups
                    .iter()
                    .find(|g| g["key"] == item["group"])
                    .expect("the item's group exists");
                let listed = g["members"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|m| m["source"] == a["id"] && m["index"] == i)
                    .count();
                assert_eq!(listed, 1, "{section} {} {i}", a["id"]);
                members += 1;
            }
        }
        let total: usize = groups
            .iter()
            .map(|g| g["members"].as_array().unwrap().len())
            .sum();
        assert_eq!(
            total, members,
            "{section}: no group member without its item"
        );
    }
}

#[test]
fn seeds_people_figures_quotes() {
    let doc = analyze_seeds();
    // A named person, with the short form merged into the full name across the story.
    let story = doc["story"]["entities"].as_array().unwrap();
    let dillon = story
        .iter()
        .find(|e| e["name"] == "Ryan Dillon")
        .expect("Ryan Dillon is a story entity");
    assert_eq!(dillon["type"], "PERSON");
    assert_eq!(dillon["mentions"]["002_95f8806dc18b240a"], 2);
    assert_eq!(dillon["mentions"]["004_7accc43c01826d1b"], 1);
    let is = story
        .iter()
        .find(|e| e["name"] == "Islamic State")
        .expect("Islamic State");
    assert_eq!(
        is["mentions"].as_object().unwrap().len(),
        5,
        "every source names the group"
    );
    let variants: Vec<&str> = is["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for v in ["ISIS", "Daesh", "IS", "Isis"] {
        assert!(
            variants.contains(&v),
            "{v} is a variant of Islamic State: {variants:?}"
        );
    }
    // A figure with its range and what it counts.
    let a2 = article(&doc, "002_");
    let fighters = a2["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "1,500 to 2,500 fighters")
        .expect("the range");
    assert_eq!(
        (fighters["low"].as_f64(), fighters["high"].as_f64()),
        (Some(1500.0), Some(2500.0))
    );
    assert_eq!(fighters["kind"], "count");
    assert_eq!(fighters["about"], "fighters");
    let a1 = article(&doc, "001_");
    let pct = a1["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "more than 96 per cent")
        .expect("percent");
    assert_eq!(pct["kind"], "percent");
    assert_eq!(pct["qualifier"], "more_than");
    // A quote with its speaker: a pronoun-free attribution and a short name resolved.
    let quotes = a2["quotes"].as_array().unwrap();
    let q = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with("We do expect them"))
        .expect("Dillon's quote");
    assert_eq!(q["kind"], "full");
    assert_eq!(q["speaker"]["name"], "Ryan Dillon");
    assert_eq!(q["speaker"]["key"], dillon["key"]);
    let q = quotes
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .unwrap()
                .starts_with("Our forces managed")
        })
        .expect("Duleimi's quote");
    assert_eq!(q["speaker"]["text"], "Duleimi");
    assert_eq!(q["speaker"]["name"], "Walid al Duleimi");
    let q = article(&doc, "001_")["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with("With the loss"))
        .cloned()
        .unwrap();
    assert_eq!(q["speaker"]["name"], "Ali Mayhoub");
    assert_eq!(q["cue"], "said");
}

#[test]
fn stdin_and_jsonl() {
    let out = run(
        &["analyze", "-"],
        Some("Gen. Ali Mayhoub spoke in Deir el-Zour.".as_bytes()),
    );
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["articles"][0]["id"], "stdin");
    let input = "{\"id\": \"a\", \"text\": \"Troops entered Qaim, said Haider al-Abadi.\"}\n\n{\"id\": 7, \"text\": \"Up to 3000 fighters were left.\"}\n";
    let out = run(&["analyze", "--jsonl"], Some(input.as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert!(
        lines[0].get("story").is_none(),
        "batch lines are articles, not stories"
    );
    assert_eq!(lines[1]["id"], "7");
    assert_eq!(lines[1]["figures"][0]["qualifier"], "up_to");
}

#[test]
fn ner_conll_keeps_structure() {
    let input = "-DOCSTART- -X- -X- O\n\nPrime NNP B-NP O\nMinister NNP I-NP O\nHaider NNP I-NP B-PER\nal-Abadi NNP I-NP I-PER\nvisited VBD B-VP O\nMosul NNP B-NP B-LOC\n. . O O\n\n";
    let dir = std::env::temp_dir().join(format!("crossread-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("in.conll");
    std::fs::write(&f, input).unwrap();
    let out = run(&["ner", "--conll", f.to_str().unwrap()], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), input.lines().count());
    assert_eq!(lines[0], "-DOCSTART- -X- -X- O");
    assert_eq!(lines[1], "");
    assert_eq!(lines[4], "Haider NNP I-NP B-PER B-PER");
    assert_eq!(lines[7], "Mosul NNP B-NP B-LOC B-LOC");
    assert_eq!(lines[9], "");
}

#[test]
fn bad_input_is_one_line_and_nonzero() {
    let dir = std::env::temp_dir().join(format!("crossread-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9 au lait").unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"  \n").unwrap();
    let cases: &[(&[&str], Option<&[u8]>, &str)] = &[
        (&["analyze", "/no/such/file.txt"], None, "/no/such/file.txt"),
        (&["analyze", latin1.to_str().unwrap()], None, "not UTF-8"),
        (&["analyze", empty.to_str().unwrap()], None, "is empty"),
        (&["analyze", "-"], Some(b""), "is empty"),
        (&["analyze", "--jsonl"], Some(b"{not json}\n"), "line 1"),
        (&["analyze"], None, "at least one FILE"),
        (&["frobnicate"], None, "unknown command"),
        (&["ner", "--conll"], None, "ner needs"),
    ];
    for (args, stdin, want) in cases {
        let out = run(args, *stdin);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(want),
            "{args:?}: stderr {err:?} lacks {want:?}"
        );
        assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
        assert!(
            err.lines()
                .next()
                .is_some_and(|l| l.starts_with("crossread: ")),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
}

/// A saved page: the article between navigation, a share bar, a caption and related links.
const PAGE: &str = r##"<!DOCTYPE html><html><head><title>Dam bursts after storm | The Courier</title>
<meta property="og:site_name" content="The Courier"><meta name="author" content="By Ana Ruiz">
<meta property="article:published_time" content="2024-03-02T08:00:00Z">
<script>var ad = "<p>not text</p>";</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dam bursts after storm</h1>
<div class="share-bar"><a href="#">Share on Facebook</a></div>
<figure><img src="dam.jpg"><figcaption>The dam on Friday. Photo: Reuters</figcaption></figure>
<p>A dam in the north of the country burst on Friday after three days of rain, flooding 40 villages, officials said.</p>
<p>&ldquo;We have never seen water like this,&rdquo; said Mayor Luis Ortega, who ordered 12,000 people to leave their homes.</p>
<p>Rescue teams from two provinces were working through the night, the interior ministry said in a statement.</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Storm season begins early in the region</a></li></ul></aside>
<footer>&copy; The Courier</footer></body></html>"##;

#[test]
fn html_pages_read_as_articles() {
    let dir = std::env::temp_dir().join(format!("crossread-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("courier.html");
    std::fs::write(&page, PAGE).unwrap();
    let out = run(&["html", page.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Dam bursts after storm");
    assert_eq!(v["byline"], "Ana Ruiz");
    assert_eq!(v["date"], "2024-03-02T08:00:00Z");
    assert_eq!(v["site"], "The Courier");
    let body = v["body"].as_str().unwrap();
    assert!(body.starts_with("A dam in the north"), "{body}");
    assert_eq!(body.split("\n\n").count(), 3, "{body}");
    for furniture in [
        "Home",
        "Share",
        "Photo: Reuters",
        "Related",
        "Storm season",
        "not text",
        "Courier",
    ] {
        assert!(!body.contains(furniture), "{furniture:?} in {body}");
    }
    // `analyze` reads the page as its article: headline first, then the body.
    let out = run(&["analyze", page.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &doc["articles"][0];
    assert_eq!(a["id"], "courier");
    assert_eq!(a["title"], "Dam bursts after storm");
    let quotes = a["quotes"].as_array().unwrap();
    assert!(
        quotes.iter().any(|q| q["speaker"]["name"] == "Luis Ortega"),
        "{quotes:?}"
    );
}
