//! Fuzz target `parse`: any bytes that are UTF-8 go through khung's KDL parser.
//!
//! Beyond "no panic, no hang, no stack overflow", it checks what the parser promises: every
//! diagnostic has a span inside the text on character boundaries, and a document that parsed
//! cleanly prints (canonically) to text that parses cleanly to the same canonical text.

#![no_main]

use khung_diag::FileId;
use khung_kdl::{ParseOptions, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = ParseOptions::default();
    let (document, diagnostics) = parse(FileId(0), text, &options);
    for diagnostic in &diagnostics {
        assert!(!diagnostic.labels.is_empty());
        for label in &diagnostic.labels {
            let (start, end) = (label.span.start as usize, label.span.end as usize);
            assert!(start <= end && end <= text.len(), "{diagnostic:?}");
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        }
    }
    if diagnostics.is_empty() {
        let canonical = document.to_canonical_kdl();
        let (again, again_diagnostics) = parse(FileId(0), &canonical, &options);
        assert!(
            again_diagnostics.is_empty(),
            "canonical text does not parse: {canonical:?} {again_diagnostics:?}"
        );
        assert_eq!(again.to_canonical_kdl(), canonical);
    }
});
