//! `cargo bench -p khung-kdl --bench memory`: peak heap of khung's KDL parser against the
//! `kdl` crate on the ~20 MB model-like document of `support/model.rs`, counted by a global
//! allocator (`peak_alloc`; the workspace forbids the `unsafe` of writing one). The input text
//! is allocated before counting starts, so the figures are what parsing adds. (`peak_alloc`
//! counts a `realloc` as old plus new buffer, so growth peaks count in full.)

#![expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]

#[path = "support/model.rs"]
mod model;

use std::hint::black_box;

use khung_diag::FileId;
use khung_kdl::{ParseOptions, parse};
use peak_alloc::PeakAlloc;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

fn main() {
    let text = model::model_document(model::TARGET_BYTES);
    let mebibyte = f64::from(1 << 20);
    println!(
        "input: {:.1} MiB model-like KDL",
        text.len() as f64 / mebibyte
    );
    let ours = peak_heap(|| parse(FileId(0), &text, &ParseOptions::default()));
    let theirs = peak_heap(|| kdl::KdlDocument::parse_v2(&text));
    println!(
        "{:<10} {:>10} {:>13}",
        "parser", "peak heap", "× input size"
    );
    for (name, peak) in [("khung-kdl", ours), ("kdl 6.7.1", theirs)] {
        println!(
            "{name:<10} {:>6.0} MiB {:>13.2}",
            peak as f64 / mebibyte,
            peak as f64 / text.len() as f64
        );
    }
}

/// Peak heap in bytes above what was allocated before `work` (which keeps its result alive
/// until the peak is read).
fn peak_heap<T>(work: impl FnOnce() -> T) -> usize {
    let before = ALLOCATOR.current_usage();
    ALLOCATOR.reset_peak_usage();
    let result = black_box(work());
    let peak = ALLOCATOR.peak_usage().saturating_sub(before);
    drop(result);
    peak
}
