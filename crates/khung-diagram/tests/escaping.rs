//! Hostile names stay text in every format: the output is still well-formed and no name
//! adds a statement, an element or markup.

mod common;

use common::{HOSTILE, hostile_graph};
use khung_diagram::{Format, RenderOptions, render};

/// What the emitters make of a name before escaping it (see `emit::escape::clean`).
fn cleaned(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            '\u{0000}'..='\u{001F}'
            | '\u{007F}'..='\u{009F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => None,
            other => Some(other),
        })
        .collect()
}

/// Words of the hostile names that must never appear outside a quoted string.
const TELLTALES: &[&str] = &[
    "script", "alert", "evil", "enduml", "CDATA", "bidi", "comment", "strike", "slash", "include",
];

/// Splits a line into the parts outside and inside double quotes (a backslash escapes the
/// next character when `backslash_escapes`); `None` when a quote is left open.
fn split_quoted(line: &str, backslash_escapes: bool) -> Option<(String, Vec<String>)> {
    let mut outside = String::new();
    let mut inside = Vec::new();
    let mut current: Option<String> = None;
    let mut characters = line.chars();
    while let Some(c) = characters.next() {
        match (&mut current, c) {
            (Some(text), '\\') if backslash_escapes => {
                text.push(c);
                text.extend(characters.next());
            }
            (Some(_), '"') => inside.extend(current.take()),
            (Some(text), other) => text.push(other),
            (None, '"') => current = Some(String::new()),
            (None, other) => outside.push(other),
        }
    }
    current.is_none().then_some((outside, inside))
}

fn assert_no_telltales_outside_quotes(format: &str, line: &str, backslash_escapes: bool) {
    let (outside, _) = split_quoted(line, backslash_escapes)
        .unwrap_or_else(|| panic!("{format}: unbalanced quotes in {line:?}"));
    // Generated identifiers (`n3_qn_motcua`) carry the id's letters on purpose; they are
    // `[A-Za-z0-9_]` only, so they cannot inject anything.
    let is_identifier = |token: &str| {
        let rest = token.trim_start_matches(|c: char| c.is_ascii_lowercase());
        rest.starts_with(|c: char| c.is_ascii_digit())
            && token.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let outside: Vec<&str> = outside
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|token| !is_identifier(token))
        .collect();
    let outside = outside.join(" ");
    for telltale in TELLTALES {
        assert!(
            !outside.contains(telltale),
            "{format}: `{telltale}` outside quotes in {line:?}"
        );
    }
}

#[test]
fn svg_with_hostile_names_parses_and_keeps_them_as_text() {
    let graph = hostile_graph();
    let svg = render(&graph, Format::Svg, &RenderOptions::default());
    let document = roxmltree::Document::parse(&svg).unwrap();
    let allowed = [
        "svg", "title", "desc", "defs", "marker", "path", "rect", "g", "text", "circle", "ellipse",
    ];
    for node in document.descendants().filter(roxmltree::Node::is_element) {
        assert!(
            allowed.contains(&node.tag_name().name()),
            "unexpected element <{}>",
            node.tag_name().name()
        );
        assert_eq!(
            node.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
    }
    // Every node's id, title and description come back exactly, as attribute and text.
    for view_node in graph.nodes() {
        let group = document
            .descendants()
            .find(|n| {
                n.attribute("data-id") == Some(cleaned(&view_node.id).as_str())
                    && n.attribute("class").is_some_and(|c| c.starts_with("node"))
            })
            .unwrap_or_else(|| panic!("no group for {:?}", view_node.id));
        let child_text = |name: &str| {
            group
                .children()
                .find(|c| c.has_tag_name(name))
                .and_then(|c| c.text())
                .unwrap_or_default()
                .to_owned()
        };
        let expected_title = format!(
            "{} ({})",
            view_node.label,
            view_node.caption.clone().unwrap_or_default()
        );
        assert_eq!(child_text("title"), cleaned(&expected_title));
        assert_eq!(child_text("desc"), cleaned(&view_node.description));
    }
    let title = document
        .root_element()
        .children()
        .find(|c| c.has_tag_name("title"))
        .and_then(|c| c.text());
    assert_eq!(title, Some(cleaned(HOSTILE[0]).as_str()));
}

#[test]
fn dot_with_hostile_names_keeps_them_inside_strings() {
    let graph = hostile_graph();
    let dot = render(&graph, Format::Dot, &RenderOptions::default());
    let mut depth = 0i32;
    for line in dot.lines() {
        assert_no_telltales_outside_quotes("dot", line, true);
        let (outside, _) = split_quoted(line, true).unwrap_or_default();
        depth += outside.matches('{').count() as i32 - outside.matches('}').count() as i32;
        assert!(depth >= 0, "unbalanced braces at {line:?}");
    }
    assert_eq!(depth, 0);
    let arrows: usize = dot
        .lines()
        .filter_map(|l| split_quoted(l, true))
        .map(|(outside, _)| outside.matches("->").count())
        .sum();
    let legend_lines = graph
        .legend()
        .iter()
        .filter(|i| matches!(i.symbol, khung_diagram::LegendSymbol::Line(_)))
        .count();
    assert_eq!(
        arrows,
        graph.edges().len() + legend_lines,
        "an edge statement was added or lost"
    );
}

#[test]
fn dot_with_hostile_names_is_accepted_by_graphviz() {
    let dot = render(&hostile_graph(), Format::Dot, &RenderOptions::default());
    let spawned = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = spawned else {
        println!("graphviz `dot` is not installed: skipping the Graphviz check (CI installs it)");
        return;
    };
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "dot rejected the output: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let svg = String::from_utf8(output.stdout).unwrap();
    let document = roxmltree::Document::parse_with_options(
        &svg,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap();
    let texts: Vec<&str> = document.descendants().filter_map(|n| n.text()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("<script>alert(1)</script>")),
        "the hostile name is not drawn as text"
    );
    assert!(!document.descendants().any(|n| n.has_tag_name("script")));
}

#[test]
fn mermaid_with_hostile_names_keeps_them_inside_labels() {
    let graph = hostile_graph();
    let mermaid = render(&graph, Format::Mermaid, &RenderOptions::default());
    let lines: Vec<&str> = mermaid.lines().collect();
    assert_eq!(&lines[..1], ["---"]);
    let title = lines[1]
        .strip_prefix("title: \"")
        .and_then(|t| t.strip_suffix('"'))
        .unwrap();
    let mut escaped = false;
    for c in title.chars() {
        assert!(
            escaped || c != '"',
            "unescaped quote in the YAML title {title:?}"
        );
        escaped = !escaped && c == '\\';
    }
    assert_eq!(&lines[2..4], ["---", "flowchart LR"]);
    let mut open_subgraphs = 0i32;
    for line in &lines[4..] {
        assert_no_telltales_outside_quotes("mermaid", line, false);
        let trimmed = line.trim_start();
        let known = [
            "subgraph ",
            "end",
            "direction LR",
            "style ",
            "linkStyle ",
            "n",
            "legend",
        ];
        assert!(
            known.iter().any(|k| trimmed.starts_with(k)),
            "unexpected statement {line:?}"
        );
        if trimmed.starts_with("subgraph ") {
            open_subgraphs += 1;
        }
        if trimmed == "end" {
            open_subgraphs -= 1;
        }
        let (_, labels) = split_quoted(line, false).unwrap();
        for label in labels {
            let without_break = label.replace("<br/>", " ");
            for forbidden in ['<', '>', '`', '\\', '|'] {
                assert!(
                    !without_break.contains(forbidden),
                    "raw `{forbidden}` in label {label:?}"
                );
            }
            // Every `#` starts an entity code (`#quot;`, `#35;`).
            for (position, _) in label.match_indices('#') {
                let rest = &label[position + 1..];
                let code_length = rest.find(';').unwrap_or(usize::MAX);
                assert!(
                    code_length > 0
                        && code_length < 8
                        && rest[..code_length]
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric()),
                    "stray `#` in {label:?}"
                );
            }
        }
    }
    assert_eq!(open_subgraphs, 0);
    let node_lines = lines
        .iter()
        .filter(|l| l.trim_start().starts_with('n') && !l.contains("-->"))
        .count();
    assert_eq!(
        node_lines,
        graph.nodes().len(),
        "a node statement was added or lost"
    );
}

#[test]
fn plantuml_with_hostile_names_keeps_them_inside_arguments() {
    let graph = hostile_graph();
    let plantuml = render(&graph, Format::Plantuml, &RenderOptions::default());
    let lines: Vec<&str> = plantuml.lines().collect();
    assert_eq!(lines.first(), Some(&"@startuml"));
    assert_eq!(lines.last(), Some(&"@enduml"));
    assert_eq!(plantuml.matches("@startuml").count(), 1);
    assert_eq!(plantuml.matches("@enduml").count(), 1);
    let mut depth = 0i32;
    for line in &lines[1..lines.len() - 1] {
        let trimmed = line.trim_start();
        assert!(!trimmed.starts_with('\''), "a comment line: {line:?}");
        if trimmed.starts_with('!') {
            assert_eq!(trimmed, "!include <C4/C4_Container>", "a directive");
            continue;
        }
        if trimmed.starts_with("title ") {
            for forbidden in ['"', '\\', '$', '!', '@', '<', '>', '`', '\''] {
                assert!(
                    !trimmed.contains(forbidden),
                    "raw `{forbidden}` in the title"
                );
            }
            continue;
        }
        assert_no_telltales_outside_quotes("plantuml", line, false);
        let (outside, arguments) = split_quoted(line, false).unwrap();
        depth += outside.matches('{').count() as i32 - outside.matches('}').count() as i32;
        for argument in arguments {
            for forbidden in ['\\', '!', '@', '<', '>', '`', '\'', '[', ']'] {
                assert!(
                    !argument.contains(forbidden),
                    "raw `{forbidden}` in argument {argument:?}"
                );
            }
            for doubled in ["**", "//", "--", "__", "~~"] {
                assert!(
                    !argument.contains(doubled),
                    "markup `{doubled}` in argument {argument:?}"
                );
            }
        }
    }
    assert_eq!(depth, 0);
    let relations = lines.iter().filter(|l| l.starts_with("Rel(")).count();
    assert_eq!(relations, graph.edges().len());
}
