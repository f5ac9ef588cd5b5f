//! Benchmark: khung's compiled evaluator against the `cel` crate's interpreter on the same rule
//! set over a generated national-scale model (≥ 5,000 systems, ≥ 25,000 flows). The rules carry
//! explicit `has()` guards so both semantics agree; the benchmark checks that both give the same
//! findings and prints the timings.
//!
//! `cargo bench -p khung-rules --features testgen --bench evaluator`

#![expect(clippy::unwrap_used, clippy::print_stdout, reason = "benchmark binary")]

use std::collections::{BTreeSet, HashMap};
use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

use jiff::civil::Date;
use khung_diag::SourceMap;
use khung_model::{ElementKind, LoadOptions, Model, ReferenceModel, load_snippet};
use khung_rules::engine::{CheckOptions, check, failing_asserts};
use khung_rules::eval::index::{CheckIndex, Regime};
use khung_rules::eval::value::Value;
use khung_rules::pack::RuleSet;
use khung_rules::pack::load::LoadRules;
use khung_rules::schema::{Record, fields_of};
use khung_rules::testgen::{Sizes, generate};

/// (id, applies-to, assert): written so absent facts are guarded by `has()`.
const RULES: &[(&str, &str, &str)] = &[
    (
        "B-001",
        "system",
        "has(system.owner) && system.owner in agencies",
    ),
    (
        "B-002",
        "system",
        "!has(system.security_level) || system.security_level.value >= 2",
    ),
    (
        "B-003",
        "flow",
        "flow.from in systems && flow.to in systems",
    ),
    (
        "B-004",
        "flow",
        "!has(flow.via) || flow.via.all(v, v in systems)",
    ),
    (
        "B-005",
        "system",
        "has(system.kind) && system.kind in ['one-stop', 'database', 'business-application']",
    ),
    (
        "B-006",
        "flow",
        "(has(flow.encrypted) && flow.encrypted == true) || (has(flow.auth) && flow.auth != 'none')",
    ),
    (
        "B-007",
        "system",
        "!has(system.hosting) || !has(system.hosting.country) || system.hosting.country == 'VN'",
    ),
    (
        "B-008",
        "dataset",
        "has(dataset.stored_in) && dataset.stored_in in systems && systems[dataset.stored_in].kind == 'database'",
    ),
    (
        "B-009",
        "flow",
        "flow.from in systems && flow.to in systems && systems[flow.from].owner == systems[flow.to].owner",
    ),
    (
        "B-010",
        "system",
        "has(system.info) && 'personal' in system.info && has(system.security_level)",
    ),
    (
        "B-011",
        "flow",
        "has(flow.via) && flow.via.exists(v, v in systems && systems[v].kind == 'integration-platform')",
    ),
    (
        "B-012",
        "system",
        "system.owner in agencies && has(agencies[system.owner].parent)",
    ),
];

fn pack_files() -> Vec<(String, String)> {
    let mut files = vec![(
        "bench/pack.kdl".to_owned(),
        "pack \"bench\" {\n    name \"Benchmark\"\n    extends \"core\"\n}\n".to_owned(),
    )];
    for (id, applies_to, assert) in RULES {
        let text = format!(
            "rule \"{id}\" severity=\"info\" {{\n    title \"b\"\n    view \"application\"\n    applies-to \"{applies_to}\"\n    assert #\"{assert}\"#\n    message \"m\"\n}}\n"
        );
        files.push((format!("bench/{}.kdl", id.to_lowercase()), text));
    }
    files
}

/// A model record as a `cel` value: a map of its present facts (dates as ISO strings).
fn to_cel(value: &Value<'_>) -> cel::Value {
    match value {
        Value::Bool(b) => cel::Value::Bool(*b),
        Value::Int(i) => cel::Value::Int(*i),
        Value::Str(s) => cel::Value::String(Arc::new(s.as_str().to_owned())),
        Value::Date(d) => {
            cel::Value::String(Arc::new(d.map(|d| d.to_string()).unwrap_or_default()))
        }
        Value::List(list) => {
            cel::Value::List(Arc::new(list.iter().map(|item| to_cel(&item)).collect()))
        }
        Value::Record(record) => record_to_cel(*record),
        Value::Map(_) | Value::ElementMap(_) => cel::Value::Null,
    }
}

fn record_to_cel(record: Record<'_>) -> cel::Value {
    let mut map: HashMap<String, cel::Value> = HashMap::new();
    for field in fields_of(record.kind()) {
        if let Some(value) = (field.get)(&record) {
            map.insert(field.name.to_owned(), to_cel(&value));
        }
    }
    cel::Value::from(map)
}

fn element_map<'a>(records: impl Iterator<Item = (&'a String, Record<'a>)>) -> cel::Value {
    let map: HashMap<String, cel::Value> = records
        .map(|(id, record)| (id.clone(), record_to_cel(record)))
        .collect();
    cel::Value::from(map)
}

fn main() {
    let sizes = Sizes::NATIONAL;
    let started = Instant::now();
    let text = generate(sizes, 7);
    let loaded = load_snippet(
        &text,
        &LoadOptions {
            reference: ReferenceModel::Embedded,
            ..LoadOptions::default()
        },
    );
    let model: &Model = &loaded.model;
    println!(
        "model: {} systems, {} flows, {} datasets, {} agencies ({} bytes of KDL, loaded in {:.2?})",
        model.systems.len(),
        model.flows.len(),
        model.datasets.len(),
        model.agencies.len(),
        text.len(),
        started.elapsed()
    );

    let mut sources = SourceMap::new();
    let request = LoadRules {
        profile: "bench".to_owned(),
        profile_span: None,
        extra_files: pack_files(),
    };
    let (set, diagnostics) = RuleSet::load(&request, &mut sources);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let as_of = Date::constant(2026, 11, 23);
    let mut check_options = CheckOptions::new(as_of);
    check_options.only_rules = RULES.iter().map(|(id, _, _)| (*id).to_owned()).collect();

    // The whole check (indexes, evaluation, findings built and sorted).
    let mut check_best = f64::MAX;
    let mut khung_findings = BTreeSet::new();
    let mut evaluations = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let outcome = check(model, &set, &check_options);
        check_best = check_best.min(start.elapsed().as_secs_f64());
        assert!(
            outcome.diagnostics.is_empty(),
            "{:?}",
            outcome.diagnostics.first()
        );
        evaluations = outcome.stats.evaluations;
        khung_findings = outcome
            .findings
            .iter()
            .map(|f| (f.rule.clone(), f.element.clone()))
            .collect();
    }
    // The per-check indexes, with the columns of the facts the rules read (as `check` builds
    // them; timed on their own and inside the whole check above).
    let mut index_time = f64::MAX;
    let mut columns_time = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let plain = CheckIndex::new(model, as_of, "bench", Regime::Vn2026);
        let built = start.elapsed().as_secs_f64();
        let start = Instant::now();
        black_box(plain.with_columns(&set.read_fields(&check_options.only_rules)));
        index_time = index_time.min(built);
        columns_time = columns_time.min(start.elapsed().as_secs_f64());
    }
    println!(
        "per-check indexes: {:.1} ms, columns of the facts the rules read: {:.1} ms (best of 5)",
        index_time * 1e3,
        columns_time * 1e3
    );
    let index = CheckIndex::new(model, as_of, "bench", Regime::Vn2026)
        .with_columns(&set.read_fields(&check_options.only_rules));

    if std::env::var_os("KHUNG_BENCH_MICRO").is_some() {
        let one: Vec<String> =
            vec![std::env::var("KHUNG_BENCH_MICRO_RULE").unwrap_or_else(|_| "B-002".to_owned())];
        let start = Instant::now();
        let mut count = 0;
        for _ in 0..200 {
            count += failing_asserts(&index, &set, &one, 1_000_000).len();
        }
        let per = start.elapsed().as_secs_f64() * 1e9 / (200.0 * model.systems.len() as f64);
        println!("micro: {} x200: {per:.0} ns per system ({count})", one[0]);
        if std::env::var_os("KHUNG_BENCH_ONLY_KHUNG").is_some() {
            let mut best = f64::MAX;
            for _ in 0..30 {
                let start = Instant::now();
                count += failing_asserts(&index, &set, &check_options.only_rules, 1_000_000).len();
                best = best.min(start.elapsed().as_secs_f64());
            }
            println!(
                "micro: all rules, best of 30: {:.0} ns per evaluation ({count})",
                best * 1e9 / evaluations as f64
            );
            return;
        }
    }

    // cel: the model converted once (not timed).
    let convert = Instant::now();
    let mut root = cel::Context::default();
    let of_kind = |kind: ElementKind| -> Vec<(&String, Record<'_>)> {
        model
            .elements()
            .filter(|e| e.kind() == kind)
            .map(|e| (&e.id().value, Record::of_element(e)))
            .collect()
    };
    let systems = of_kind(ElementKind::System);
    let flows = of_kind(ElementKind::Flow);
    let datasets = of_kind(ElementKind::Dataset);
    let agencies = of_kind(ElementKind::Agency);
    root.add_variable_from_value("systems", element_map(systems.iter().copied()));
    root.add_variable_from_value("flows", element_map(flows.iter().copied()));
    root.add_variable_from_value("datasets", element_map(datasets.iter().copied()));
    root.add_variable_from_value("agencies", element_map(agencies.iter().copied()));
    let elements: Vec<(&str, Vec<(String, cel::Value)>)> = [
        ("system", &systems),
        ("flow", &flows),
        ("dataset", &datasets),
    ]
    .into_iter()
    .map(|(kind, list)| {
        let values = list
            .iter()
            .filter(|(id, _)| model.is_workspace(id))
            .map(|(id, record)| ((*id).clone(), record_to_cel(*record)))
            .collect();
        (kind, values)
    })
    .collect();
    println!(
        "cel: model converted to cel values in {:.2?} (not timed)",
        convert.elapsed()
    );
    let programs: Vec<(&str, &str, cel::Program)> = RULES
        .iter()
        .map(|(id, kind, assert)| (*id, *kind, cel::Program::compile(assert).unwrap()))
        .collect();

    if std::env::var_os("KHUNG_BENCH_PER_RULE").is_some() {
        // Each rule alone, both evaluators, best of 5: where the ratio is won or lost.
        for (rule, rule_kind, program) in &programs {
            let only = vec![(*rule).to_owned()];
            let mut ours = f64::MAX;
            let mut theirs = f64::MAX;
            for _ in 0..5 {
                let start = Instant::now();
                black_box(failing_asserts(&index, &set, &only, 1_000_000));
                ours = ours.min(start.elapsed().as_secs_f64());
                let start = Instant::now();
                for (kind, values) in &elements {
                    if kind != rule_kind {
                        continue;
                    }
                    for (_, value) in values {
                        let mut scope = root.new_inner_scope();
                        scope.add_variable_from_value(*kind, value.clone());
                        black_box(program.execute(&scope).ok());
                    }
                }
                theirs = theirs.min(start.elapsed().as_secs_f64());
            }
            println!(
                "  {rule}: khung {:.2} ms, cel {:.2} ms, {:.1}x",
                ours * 1e3,
                theirs * 1e3,
                theirs / ours
            );
        }
    }

    // Interleaved rounds, best of each (the machine may be shared with other work).
    let rounds = if std::env::var_os("KHUNG_BENCH_PROFILE").is_some() {
        40
    } else {
        9
    };
    let mut eval_best = f64::MAX;
    let mut cel_best = f64::MAX;
    let mut verdicts = BTreeSet::new();
    let mut cel_findings = BTreeSet::new();
    for _ in 0..rounds {
        let start = Instant::now();
        let failing = failing_asserts(&index, &set, &check_options.only_rules, 1_000_000);
        eval_best = eval_best.min(start.elapsed().as_secs_f64());
        verdicts = failing
            .into_iter()
            .map(|(r, e)| (r.to_owned(), e.to_owned()))
            .collect();

        // Both sides collect borrowed (rule, element) pairs in a Vec while timed; the sets
        // are built after.
        let mut cel_failing: Vec<(&str, &str)> = Vec::new();
        let start = Instant::now();
        for (kind, values) in &elements {
            for (id, value) in values {
                let mut scope = root.new_inner_scope();
                scope.add_variable_from_value(*kind, value.clone());
                for (rule, rule_kind, program) in &programs {
                    if rule_kind != kind {
                        continue;
                    }
                    match program.execute(&scope) {
                        Ok(cel::Value::Bool(true)) => {}
                        Ok(cel::Value::Bool(false)) => {
                            cel_failing.push((rule, id.as_str()));
                        }
                        other => panic!("{rule} on {id}: {other:?}"),
                    }
                }
            }
        }
        cel_best = cel_best.min(start.elapsed().as_secs_f64());
        cel_findings = cel_failing
            .into_iter()
            .map(|(r, e)| (r.to_owned(), e.to_owned()))
            .collect();
    }

    // The shipped national profile on the same model (informative: its rules need facts the
    // generator does not write, so many of them select nothing).
    let mut national_sources = SourceMap::new();
    let start = Instant::now();
    let (national, national_diagnostics) = RuleSet::builtin("vn-2026", &mut national_sources);
    println!(
        "vn-2026 rule set loaded, checked and compiled in {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    assert!(national_diagnostics.is_empty(), "{national_diagnostics:?}");
    let start = Instant::now();
    let national_outcome = check(model, &national, &CheckOptions::new(as_of));
    let national_time = start.elapsed().as_secs_f64();
    if let Some(only) = std::env::var_os("KHUNG_BENCH_ONE_NATIONAL_RULE") {
        let national_index = CheckIndex::new(model, as_of, "vn-2026", Regime::Vn2026)
            .with_columns(&national.read_fields(&[]));
        let only = vec![only.to_string_lossy().into_owned()];
        let start = Instant::now();
        for _ in 0..5 {
            let _ = failing_asserts(&national_index, &national, &only, 10_000_000);
        }
        println!(
            "  {}: {:.1} ms per run",
            only[0],
            start.elapsed().as_secs_f64() * 1e3 / 5.0
        );
        return;
    }
    if std::env::var_os("KHUNG_BENCH_NATIONAL_RULES").is_some() {
        let national_index = CheckIndex::new(model, as_of, "vn-2026", Regime::Vn2026)
            .with_columns(&national.read_fields(&[]));
        let mut times: Vec<(f64, String)> = Vec::new();
        for rule in national.rules() {
            let only = vec![rule.id.clone()];
            let start = Instant::now();
            let _ = failing_asserts(&national_index, &national, &only, 1_000_000);
            times.push((start.elapsed().as_secs_f64() * 1e3, rule.id.clone()));
        }
        times.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (ms, id) in times.iter().take(12) {
            println!("  {id}: {ms:.1} ms");
        }
    }
    let mut errors_by_rule: std::collections::BTreeMap<String, usize> =
        std::collections::BTreeMap::new();
    for diagnostic in &national_outcome.diagnostics {
        if diagnostic.code == khung_diag::Code::RuleError {
            let rule = diagnostic
                .message
                .args
                .first()
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            *errors_by_rule.entry(rule).or_default() += 1;
        }
    }
    println!(
        "vn-2026 profile ({} rules): whole check {:.1} ms, {} evaluations, {} findings, rule errors by rule: {errors_by_rule:?}",
        national.rules().len(),
        national_time * 1e3,
        national_outcome.stats.evaluations,
        national_outcome.findings.len()
    );

    assert_eq!(
        khung_findings, cel_findings,
        "both evaluators must give the same findings"
    );
    assert_eq!(
        verdicts, cel_findings,
        "the evaluator alone gives the same verdicts"
    );
    let per = |seconds: f64| seconds * 1e9 / evaluations as f64;
    println!(
        "rules: {}, evaluations: {evaluations}, findings: {} (identical in both)",
        RULES.len(),
        khung_findings.len()
    );
    println!(
        "khung evaluator: {:.1} ms ({:.0} ns per evaluation, best of {rounds})",
        eval_best * 1e3,
        per(eval_best)
    );
    println!(
        "cel interpreter: {:.1} ms ({:.0} ns per evaluation, best of {rounds})",
        cel_best * 1e3,
        per(cel_best)
    );
    println!("speed-up of the evaluator: {:.1}x", cel_best / eval_best);
    println!(
        "speed-up of the evaluator with the columns built in the timing: {:.1}x",
        cel_best / (eval_best + columns_time)
    );
    println!(
        "khung whole check: {:.1} ms (per-check indexes and columns {:.1} ms, evaluation, {} findings built and sorted); {:.1}x the cel evaluation alone",
        check_best * 1e3,
        (index_time + columns_time) * 1e3,
        khung_findings.len(),
        cel_best / check_best
    );
}
