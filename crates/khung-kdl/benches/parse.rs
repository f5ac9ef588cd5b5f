//! `cargo bench -p khung-kdl --bench parse`: parse throughput (MB/s) of khung's KDL parser
//! against the `kdl` crate on a ~20 MB model-like document (`support/model.rs`).
//!
//! A plain `main` (no criterion): one large input, a few timed runs say what is needed and keep
//! the run short on a 2-core machine. Times come from the system allocator; peak memory is
//! measured separately (`--bench memory`) because counting allocations slows them down.
//! On-CPU time (Linux) is shown beside wall-clock time, so a busy machine does not skew it.

#![expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]

#[path = "support/model.rs"]
mod model;

use std::hint::black_box;
use std::time::Instant;

use khung_diag::FileId;
use khung_kdl::{ParseOptions, parse};

const OUR_RUNS: usize = 5;

fn main() {
    let text = model::model_document(model::TARGET_BYTES);
    let megabytes = text.len() as f64 / f64::from(1 << 20);
    println!(
        "input: {megabytes:.1} MiB model-like KDL ({} lines); best of {OUR_RUNS} runs for khung-kdl, 1 for kdl",
        text.lines().count()
    );
    let ours = measure(OUR_RUNS, || {
        let (document, diagnostics) = parse(FileId(0), &text, &ParseOptions::default());
        assert!(diagnostics.is_empty(), "{:?}", diagnostics.first());
        document
    });
    let theirs = measure(1, || kdl::KdlDocument::parse_v2(&text).ok());
    println!(
        "{:<10} {:>11} {:>11} {:>16}",
        "parser", "parse MB/s", "(on-CPU)", "parse+free MB/s"
    );
    for (name, timing) in [("khung-kdl", ours), ("kdl 6.7.1", theirs)] {
        let on_cpu = timing.cpu_parse.map_or_else(
            || "n/a".to_owned(),
            |seconds| format!("{:.1}", megabytes / seconds),
        );
        println!(
            "{name:<10} {:>11.1} {on_cpu:>11} {:>16.1}",
            megabytes / timing.parse,
            megabytes / timing.parse_and_free,
        );
    }
    println!("speed-up (parse): {:.0}×", theirs.parse / ours.parse);
}

/// Best times of a parser, in seconds.
#[derive(Clone, Copy)]
struct Timing {
    /// Wall-clock time to parse.
    parse: f64,
    /// Time on the CPU to parse (Linux only), immune to other processes taking the CPU.
    cpu_parse: Option<f64>,
    /// Wall-clock time to parse and free the tree.
    parse_and_free: f64,
}

/// The best of `runs` runs of `work` (which returns the tree, freed after timing its parse).
fn measure<T>(runs: usize, mut work: impl FnMut() -> T) -> Timing {
    let mut best = Timing {
        parse: f64::INFINITY,
        cpu_parse: None,
        parse_and_free: f64::INFINITY,
    };
    for _ in 0..runs {
        let cpu_start = cpu_seconds();
        let start = Instant::now();
        let tree = black_box(work());
        let parsed = start.elapsed().as_secs_f64();
        let cpu_parse = cpu_start.zip(cpu_seconds()).map(|(from, to)| to - from);
        drop(tree);
        let total = start.elapsed().as_secs_f64();
        best.parse = best.parse.min(parsed);
        best.parse_and_free = best.parse_and_free.min(total);
        best.cpu_parse = match (best.cpu_parse, cpu_parse) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    best
}

/// Time this thread has spent on a CPU, from `/proc/thread-self/schedstat` (Linux).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanoseconds / 1e9)
}
