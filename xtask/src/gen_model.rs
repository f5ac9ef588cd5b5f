//! `xtask gen-model`: a deterministic generator of synthetic, valid khung workspaces for
//! benchmarks and tests (`design/performance-and-robustness.md`, "Benchmark").
//!
//! The same options and seed always give byte-identical files. A generated workspace loads
//! with no diagnostic, and its only rule findings are the seeded violations (`--violations N`:
//! application systems written without `security-level`, and inter-agency flows written
//! without `via`, alternately), listed in `GENERATED.txt` beside the model.

mod emit;
mod emit_flows;
mod emit_systems;
mod fields;
mod names;
mod plan;
mod plan_flows;
mod plan_systems;
mod prng;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

pub use plan::Spec;
use plan::{Org, Role};
use plan_flows::{FlowKind, FlowPlan};
use prng::XorShift;

/// The file that marks a folder as generated (and lists the seeded violations); only a
/// folder holding it is ever cleared before writing.
pub const MARKER: &str = "GENERATED.txt";

/// A generated model: its files by relative path, and the seeded violations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// Relative path (`/`-separated) → content.
    pub files: BTreeMap<String, String>,
    /// (rule the violation breaks, element id), sorted.
    pub seeded: Vec<(&'static str, String)>,
}

/// Options of the command line, with the national-scale defaults.
pub fn parse_args(args: &[String]) -> anyhow::Result<(Spec, PathBuf)> {
    let mut values: BTreeMap<&str, &str> = BTreeMap::new();
    let mut iter = args.iter();
    while let Some(flag) = iter.next() {
        let Some(name) = flag.strip_prefix("--") else {
            bail!("unexpected argument `{flag}`");
        };
        let Some(value) = iter.next() else {
            bail!("`--{name}` needs a value");
        };
        values.insert(name, value.as_str());
    }
    let number = |name: &str, default: usize| -> anyhow::Result<usize> {
        values.get(name).map_or(Ok(default), |v| {
            v.parse()
                .with_context(|| format!("`--{name}` must be a number, not `{v}`"))
        })
    };
    let systems = number("systems", 5000)?;
    let spec = Spec {
        provinces: number("provinces", 34)?,
        ministries: number("ministries", 20)?,
        systems,
        flows: number("flows", 25_000)?,
        datasets: number("datasets", systems * 2 / 5)?,
        services: number("services", systems * 3 / 5)?,
        violations: number("violations", 0)?,
        seed: number("seed", 1)? as u64,
    };
    for name in values.keys() {
        let known = [
            "provinces",
            "ministries",
            "systems",
            "flows",
            "datasets",
            "services",
            "violations",
            "seed",
            "out",
        ];
        if !known.contains(name) {
            bail!(
                "unknown option `--{name}`; options: --{}",
                known.join(" --")
            );
        }
    }
    let out = PathBuf::from(values.get("out").copied().unwrap_or("target/bench-model"));
    Ok((spec, out))
}

/// Generates the model of `spec` in memory.
pub fn generate(spec: &Spec) -> anyhow::Result<Generated> {
    let mut orgs = plan::plan_orgs(spec).map_err(anyhow::Error::msg)?;
    let mut flows = plan_flows::plan_flows(&orgs, spec.flows, spec.seed);
    let seeded = seed_violations(&mut orgs, &mut flows, spec.violations, spec.seed);
    let mut files = BTreeMap::new();
    files.insert("khung.kdl".to_owned(), emit::manifest());
    for (org, org_flows) in orgs.iter().zip(&flows) {
        let folder = &org.folder;
        files.insert(format!("{folder}/agencies.kdl"), emit::agencies(org));
        files.insert(format!("{folder}/zones.kdl"), emit::zones(org));
        files.insert(format!("{folder}/datasets.kdl"), emit::datasets(org));
        files.insert(
            format!("{folder}/services.kdl"),
            emit::services(org, org.platform(Role::OneStop)),
        );
        for (path, text) in emit_systems::system_files(org, spec.seed) {
            files.insert(format!("{folder}/{path}"), text);
        }
        for (path, text) in emit_flows::flow_files(org, org_flows) {
            files.insert(format!("{folder}/{path}"), text);
        }
    }
    let mut generated = Generated { files, seeded };
    let summary = summary(spec, &orgs, &flows, &generated);
    generated.files.insert(MARKER.to_owned(), summary);
    Ok(generated)
}

/// Marks `count` elements as seeded violations, alternating the two kinds, each in a random
/// agency (the next agency that still has a candidate when that one has none).
fn seed_violations(
    orgs: &mut [Org],
    flows: &mut [Vec<FlowPlan>],
    count: usize,
    seed: u64,
) -> Vec<(&'static str, String)> {
    let mut rng = XorShift::new(seed, 3 << 32);
    let mut seeded = Vec::new();
    for n in 0..count {
        let start = rng.below(orgs.len());
        for step in 0..orgs.len() {
            let index = (start + step) % orgs.len();
            let placed = if n % 2 == 0 {
                let candidates: Vec<usize> = (0..orgs[index].systems.len())
                    .filter(|&i| {
                        let s = &orgs[index].systems[i];
                        s.role == Role::App && !s.no_security_level
                    })
                    .collect();
                rng.pick(&candidates).map(|&i| {
                    let system = &mut orgs[index].systems[i];
                    system.no_security_level = true;
                    ("SEC-LVL-001", system.id.clone())
                })
            } else {
                let candidates: Vec<usize> = (0..flows[index].len())
                    .filter(|&i| {
                        let f = &flows[index][i];
                        f.kind == FlowKind::Cross && !f.no_via
                    })
                    .collect();
                rng.pick(&candidates).map(|&i| {
                    let flow = &mut flows[index][i];
                    flow.no_via = true;
                    ("INT-001", flow.id.clone())
                })
            };
            if let Some(violation) = placed {
                seeded.push(violation);
                break;
            }
        }
    }
    seeded.sort();
    seeded
}

fn summary(spec: &Spec, orgs: &[Org], flows: &[Vec<FlowPlan>], generated: &Generated) -> String {
    let systems: usize = orgs.iter().map(|o| o.systems.len()).sum();
    let datasets: usize = orgs.iter().map(|o| o.datasets.len()).sum();
    let services: usize = orgs.iter().map(|o| o.services.len()).sum();
    let flow_count: usize = flows.iter().map(Vec::len).sum();
    let bytes: usize = generated.files.values().map(String::len).sum();
    let mut out = String::from("Synthetic khung model written by `cargo xtask gen-model`.\n\n");
    let _ = writeln!(out, "options: {spec:?}");
    let _ = writeln!(
        out,
        "agencies: {} ({} provinces, {} ministries)",
        orgs.len(),
        spec.provinces,
        spec.ministries
    );
    let _ = writeln!(
        out,
        "systems: {systems}\ndatasets: {datasets}\nservices: {services}\nflows: {flow_count}"
    );
    let _ = writeln!(
        out,
        "model files: {}\nbytes: {bytes}",
        generated.files.len()
    );
    let _ = writeln!(out, "\nseeded violations ({}):", generated.seeded.len());
    for (rule, id) in &generated.seeded {
        let _ = writeln!(out, "{rule} {id}");
    }
    out
}

/// Writes the files under `out`. An existing folder is replaced only when it was generated
/// (it holds [`MARKER`]); any other non-empty folder is left alone and is an error.
pub fn write(out: &Path, generated: &Generated) -> anyhow::Result<()> {
    if out.exists() {
        let is_empty = std::fs::read_dir(out)
            .with_context(|| format!("reading {}", out.display()))?
            .next()
            .is_none();
        if out.join(MARKER).is_file() {
            std::fs::remove_dir_all(out).with_context(|| format!("clearing {}", out.display()))?;
        } else if !is_empty {
            bail!(
                "{} exists and was not written by gen-model (no {MARKER}); choose another --out",
                out.display()
            );
        }
    }
    for (relative, text) in &generated.files {
        let path = out.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// `xtask gen-model …`: generates and writes, and says what it wrote.
pub fn run(args: &[String]) -> anyhow::Result<String> {
    let (spec, out) = parse_args(args)?;
    let generated = generate(&spec)?;
    write(&out, &generated)?;
    let summary = generated.files.get(MARKER).cloned().unwrap_or_default();
    Ok(format!("wrote {}\n{summary}", out.display()))
}
