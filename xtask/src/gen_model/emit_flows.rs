//! Writing the planned flows as KDL: the platform legs in `flows/platforms.kdl`, the others in
//! `flows/sharing-NN.kdl`, some as properties (`from=`, `to=`) and some as child nodes, as
//! people write them.

use std::fmt::Write as _;

use super::emit::{list, q};
use super::plan::Org;
use super::plan_flows::{FlowKind, FlowPlan};

/// Flows per sharing file.
const FLOWS_PER_FILE: usize = 250;

/// The flows files of an agency.
pub fn flow_files(org: &Org, flows: &[FlowPlan]) -> Vec<(String, String)> {
    let mut platforms = format!(
        "// Platform connections of {} (generated).\n\n",
        org.name_en
    );
    let mut files = Vec::new();
    let mut current = String::new();
    let mut in_current = 0;
    for (n, flow) in flows.iter().enumerate() {
        if flow.kind == FlowKind::Platform {
            flow_text(flow, n, &mut platforms);
            continue;
        }
        if in_current == FLOWS_PER_FILE {
            files.push(sharing_file(org, files.len(), std::mem::take(&mut current)));
            in_current = 0;
        }
        flow_text(flow, n, &mut current);
        in_current += 1;
    }
    if !current.is_empty() {
        files.push(sharing_file(org, files.len(), current));
    }
    files.insert(0, ("flows/platforms.kdl".to_owned(), platforms));
    files
}

fn sharing_file(org: &Org, number: usize, body: String) -> (String, String) {
    (
        format!("flows/sharing-{:02}.kdl", number + 1),
        format!(
            "// Data-sharing flows received by {} (generated).\n\n{body}",
            org.name_en
        ),
    )
}

fn flow_text(f: &FlowPlan, n: usize, out: &mut String) {
    // Every third flow uses the child-node form of `from`/`to` (both forms lower alike).
    if n % 3 == 2 {
        let _ = writeln!(
            out,
            "flow {} {{\n    from {}\n    to {}",
            q(&f.id),
            q(&f.from),
            q(&f.to)
        );
    } else {
        let _ = writeln!(
            out,
            "flow {} from={} to={} {{",
            q(&f.id),
            q(&f.from),
            q(&f.to)
        );
    }
    let _ = writeln!(
        out,
        "    name {}\n    name {} lang=\"en\"",
        q(&f.name_vi),
        q(&f.name_en)
    );
    if !f.data.is_empty() {
        let _ = writeln!(out, "    data {}", list(&f.data));
    }
    if !f.fields.is_empty() {
        let _ = writeln!(out, "    fields {}", list(&f.fields));
    }
    if !f.via.is_empty() && !f.no_via {
        let _ = writeln!(out, "    via {}", list(&f.via));
    }
    match &f.api {
        Some(api) => {
            let _ = writeln!(out, "    api {}", q(api));
        }
        // A connection leg has no api: its protocol and authentication are its own.
        None => out.push_str("    protocol \"rest\"\n    format \"json\"\n    auth \"mtls\"\n"),
    }
    out.push_str("    method \"realtime\"\n    encrypted #true\n    logged #true\n");
    let _ = writeln!(out, "    purpose {}", q(&f.purpose));
    if f.kind != FlowKind::Platform || f.api.is_some() {
        let retention = if f.kind == FlowKind::National {
            365
        } else {
            3650
        };
        let _ = writeln!(out, "    retention-days {retention}");
    }
    out.push_str("}\n\n");
}
