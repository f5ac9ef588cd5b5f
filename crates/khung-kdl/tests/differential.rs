//! Differential test against the `kdl` crate (6.7.1, the official Rust implementation): on
//! every suite case and on thousands of generated and mutated documents, both parsers must
//! agree on accept/reject and, when both accept, on the tree (names, types, entries, values,
//! children).
//!
//! The `kdl` crate is known wrong on exactly the suite cases in [`KDL_CRATE_WRONG`]. On
//! generated documents, every disagreement must be one of the `kdl` crate bugs that
//! `support::oracle::known_kdl_bug` recognises — each shown, where possible, by a rewrite of the
//! text that avoids the bug and on which the parsers then agree; anything else fails the test.

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use khung_diag::FileId;
use khung_kdl::{ParseOptions, parse};
use support::generator::{self, Rng};
use support::oracle::{Verdict, compare, known_kdl_bug};

/// Suite cases where the `kdl` crate disagrees with the suite (and so with us), and why.
const KDL_CRATE_WRONG: &[(&str, &str)] = &[
    (
        "multiline_raw_string_single_line_err_fail.kdl",
        "accepts `#\"\"\"one line\"\"\"#`: the opening `\"\"\"` must be followed by a newline",
    ),
    (
        "unicode_delete_fail.kdl",
        "accepts a literal DEL (U+007F), a disallowed code point",
    ),
    (
        "zero_space_before_slashdash_arg.kdl",
        "rejects `\"string\"/-1`: since KDL 2.0.0 a slashdash needs no whitespace before it",
    ),
    (
        "zero_space_before_slashdash_children.kdl",
        "rejects `\"string\"/-{}`: since KDL 2.0.0 a slashdash needs no whitespace before it",
    ),
    (
        "zero_space_before_slashdash_prop.kdl",
        "rejects `\"string\"/-foo=1`: since KDL 2.0.0 a slashdash needs no whitespace before it",
    ),
    (
        "sci_notation_large.kdl",
        "reads 1.23E+1000 as infinity (we keep the source text and report it out of f64 range)",
    ),
    (
        "sci_notation_small.kdl",
        "reads 1.23E-1000 as 0.0 (we keep the source text and report it out of f64 range)",
    ),
];

#[test]
fn the_suite_agrees_with_the_kdl_crate_except_its_known_bugs() {
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kdl-spec/input");
    let mut names: Vec<String> = std::fs::read_dir(input.clone())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut disagreements = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(input.join(name)).unwrap();
        let verdict = compare(&text);
        if verdict != Verdict::Agree {
            disagreements.push((name.clone(), verdict));
        }
    }
    let found: Vec<&str> = disagreements
        .iter()
        .map(|(name, _)| name.as_str())
        .collect();
    let mut known: Vec<&str> = KDL_CRATE_WRONG.iter().map(|(name, _)| *name).collect();
    known.sort_unstable();
    assert_eq!(found, known, "disagreements: {disagreements:#?}");
    assert_eq!(names.len(), 336);
}

/// Runs `count` documents from `make` through both parsers. Every disagreement must be a known
/// bug of the `kdl` crate; returns how many documents fell in each class ("agree" included).
fn run_corpus(count: usize, mut make: impl FnMut() -> String) -> BTreeMap<&'static str, usize> {
    let mut classes = BTreeMap::new();
    let mut unexplained = Vec::new();
    for index in 0..count {
        let text = make();
        let verdict = compare(&text);
        let class = if verdict == Verdict::Agree {
            Some("agree")
        } else {
            known_kdl_bug(&text, &verdict)
        };
        match class {
            Some(class) => *classes.entry(class).or_insert(0) += 1,
            None => unexplained.push(format!("#{index} {text:?}: {verdict:?}")),
        }
    }
    assert!(
        unexplained.is_empty(),
        "{} of {count} documents disagree for no known reason:\n{}",
        unexplained.len(),
        unexplained[..unexplained.len().min(20)].join("\n")
    );
    classes
}

#[test]
fn generated_documents_agree_with_the_kdl_crate() {
    let mut rng = Rng::new(0x6b64_6c32);
    let mut rejected = Vec::new();
    let count = 2_000;
    let classes = run_corpus(count, || {
        let text = generator::document(&mut rng);
        let (_, diagnostics) = parse(FileId(0), &text, &ParseOptions::default());
        if !diagnostics.is_empty() {
            rejected.push(text.clone());
        }
        text
    });
    assert!(
        rejected.is_empty(),
        "generated documents rejected: {rejected:#?}"
    );
    // The generator avoids the known bugs' triggers except by chance (`/-` after `{` or `;`).
    assert!(classes["agree"] > count * 9 / 10, "{classes:#?}");
}

#[test]
fn mutated_documents_agree_with_the_kdl_crate() {
    let mut rng = Rng::new(0x6d75_7461);
    let mut rejected = 0;
    let count = 2_000;
    let classes = run_corpus(count, || {
        let original = generator::document(&mut rng);
        let text = generator::mutate(&mut rng, &original);
        let (_, diagnostics) = parse(FileId(0), &text, &ParseOptions::default());
        rejected += usize::from(!diagnostics.is_empty());
        text
    });
    // The mutations must produce both valid and invalid documents.
    assert!(
        rejected > count / 5 && rejected < count * 4 / 5,
        "{rejected}"
    );
    assert!(classes["agree"] > count * 8 / 10, "{classes:#?}");
}
