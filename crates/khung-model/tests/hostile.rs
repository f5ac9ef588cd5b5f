//! Hostile and unusual inputs: the loader must never panic, and must report each problem with
//! its own code (`performance-and-robustness.md`, robustness corpus).

use std::path::PathBuf;

use khung_diag::Code;
use khung_model::{
    LoadInput, LoadOptions, Loaded, MemoryVfs, ReferenceModel, load_snippet, load_workspace,
};

fn no_reference() -> LoadOptions {
    LoadOptions {
        reference: ReferenceModel::Disabled,
        ..LoadOptions::default()
    }
}

fn load_one(content: Vec<u8>, options: &LoadOptions) -> Loaded {
    let mut vfs = MemoryVfs::new();
    vfs.add_file("/ws/model.kdl", content);
    load_workspace(&vfs, &LoadInput::Workspace(PathBuf::from("/ws")), options)
}

fn codes(loaded: &Loaded) -> Vec<Code> {
    loaded.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn empty_file_loads_an_empty_model() {
    let loaded = load_one(Vec::new(), &no_reference());
    assert_eq!(codes(&loaded), vec![]);
    assert_eq!(loaded.model.element_count(), 0);
}

#[test]
fn binary_bytes_are_not_utf8() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let loaded = load_one(bytes, &no_reference());
    assert_eq!(codes(&loaded), vec![Code::NotUtf8]);
}

#[test]
fn control_characters_and_garbage_are_syntax_errors() {
    let garbage = "\u{0}\u{1}{{}}=\"#\u{7f} node (((( #nan= ) } \\ \"\"\"\n".repeat(50);
    let loaded = load_one(garbage.into_bytes(), &no_reference());
    assert!(!loaded.diagnostics.is_empty());
    assert!(
        codes(&loaded)
            .iter()
            .all(|c| *c == Code::KdlSyntax || *c == Code::UnknownNode)
    );
}

#[test]
fn a_ten_megabyte_string_loads_normally() {
    let name = "Quảng Ninh ".repeat(10 * 1024 * 1024 / 12);
    let text = format!("agency \"qn\" {{ name \"{name}\"; tier \"province\"; }}\n");
    assert!(text.len() > 10_000_000);
    let loaded = load_one(text.into_bytes(), &no_reference());
    assert_eq!(codes(&loaded), vec![]);
    assert!(loaded.model.agencies.contains_key("qn"));
}

#[test]
fn nesting_a_hundred_thousand_levels_is_too_deep() {
    let depth = 100_000;
    let text = format!(
        "agency \"qn\" {}{}",
        "{ a ".repeat(depth),
        "}".repeat(depth)
    );
    let loaded = load_one(text.into_bytes(), &no_reference());
    assert!(
        codes(&loaded).contains(&Code::TooDeep),
        "{:?}",
        codes(&loaded)
    );
    assert!(codes(&loaded).iter().all(|c| *c == Code::TooDeep));
}

#[test]
fn the_size_limit_is_configurable_and_checked_before_reading() {
    let options = LoadOptions {
        max_file_size: 100,
        ..no_reference()
    };
    let loaded = load_one(vec![b' '; 200], &options);
    assert_eq!(codes(&loaded), vec![Code::TooLarge]);
    let mut vfs = MemoryVfs::new();
    // A sparse file cannot be read: only a check before reading reports `too-large` here.
    vfs.add_sparse_file("/ws/huge.kdl", 100 * 1024 * 1024);
    let loaded = load_workspace(
        &vfs,
        &LoadInput::Workspace(PathBuf::from("/ws")),
        &no_reference(),
    );
    assert_eq!(codes(&loaded), vec![Code::TooLarge]);
}

#[test]
fn bom_and_crlf_load_normally() {
    let text =
        "\u{feff}agency \"qn\" {\r\n    name \"Quảng Ninh\"\r\n    tier \"province\"\r\n}\r\n";
    let loaded = load_one(text.as_bytes().to_vec(), &no_reference());
    assert_eq!(codes(&loaded), vec![]);
}

#[test]
fn a_missing_path_is_an_io_error() {
    let vfs = MemoryVfs::new();
    let loaded = load_workspace(
        &vfs,
        &LoadInput::Workspace(PathBuf::from("/nowhere")),
        &no_reference(),
    );
    assert_eq!(codes(&loaded), vec![Code::IoError]);
}

#[test]
fn a_manifest_path_and_single_files_are_inputs_too() {
    let mut vfs = MemoryVfs::new();
    vfs.add_file(
        "/ws/khung.kdl",
        "workspace \"qn\" { include \"a.kdl\"; reference #false; }\n",
    );
    vfs.add_file(
        "/ws/a.kdl",
        "agency \"a\" { name \"A\"; tier \"province\"; }\n",
    );
    vfs.add_file(
        "/ws/b.kdl",
        "agency \"b\" { name \"B\"; tier \"province\"; }\n",
    );
    let by_manifest = load_workspace(
        &vfs,
        &LoadInput::Workspace(PathBuf::from("/ws/khung.kdl")),
        &LoadOptions::default(),
    );
    assert_eq!(codes(&by_manifest), vec![]);
    assert_eq!(by_manifest.model.agencies.keys().collect::<Vec<_>>(), ["a"]);
    let files = LoadInput::Files(vec![PathBuf::from("/ws/b.kdl"), PathBuf::from("/ws/a.kdl")]);
    let by_files = load_workspace(&vfs, &files, &no_reference());
    assert_eq!(codes(&by_files), vec![]);
    assert_eq!(
        by_files.model.agencies.keys().collect::<Vec<_>>(),
        ["a", "b"]
    );
    let paths: Vec<&str> = by_files
        .sources
        .iter()
        .map(|(_, f)| f.path.as_str())
        .collect();
    assert_eq!(paths, ["a.kdl", "b.kdl"]);
}

#[test]
fn a_snippet_sees_the_embedded_reference_model() {
    let loaded = load_snippet(
        "system \"x\" { name \"X\"; owner \"vpcp\"; kind \"other\"; }\n",
        &LoadOptions::default(),
    );
    assert_eq!(codes(&loaded), vec![]);
    assert!(loaded.model.is_workspace("x"));
    assert!(!loaded.model.is_workspace("vpcp"));
    assert!(loaded.model.agencies.contains_key("vpcp"));
    assert_eq!(
        loaded
            .sources
            .get(loaded.model.systems["x"].span.file)
            .map(|f| f.path.as_str()),
        Some("snippet.kdl")
    );
}

#[test]
fn the_same_input_gives_the_same_diagnostics() {
    let text = "system \"x\" { name \"X\"; owner \"nobody\"; kind \"none\"; zone \"z\"; }\nflow \"f\" from=\"x\" to=\"y\"\n";
    let first = load_snippet(text, &LoadOptions::default());
    let second = load_snippet(text, &LoadOptions::default());
    assert_eq!(first.diagnostics, second.diagnostics);
    assert!(!first.diagnostics.is_empty());
}

#[test]
fn an_extended_reference_agency_counts_as_workspace_and_gains_facts() {
    let mut vfs = MemoryVfs::new();
    vfs.add_file(
        "/ws/khung.kdl",
        "workspace \"btp-cds\" { agency \"btp\"; }\n",
    );
    vfs.add_file(
        "/ws/model.kdl",
        "extend \"btp\" { soc \"bca\"; report year=2025 submitted=\"2025-12-20\" to=\"bca\"; }\nwaiver \"X-1\" target=\"btp\" { owner \"btp\"; until \"2027-01-01\"; approved-by \"Bộ trưởng\"; }\n",
    );
    let loaded = load_workspace(
        &vfs,
        &LoadInput::Workspace(PathBuf::from("/ws")),
        &LoadOptions::default(),
    );
    assert_eq!(codes(&loaded), vec![]);
    let btp = &loaded.model.agencies["btp"];
    assert!(loaded.model.is_workspace("btp"));
    assert_eq!(btp.soc.as_ref().map(|s| s.value.as_str()), Some("bca"));
    assert_eq!(btp.report.len(), 1);
    assert_eq!(loaded.model.waivers[0].matches, ["btp"]);
    assert!(!loaded.model.is_workspace("bca"));
}

#[test]
fn nested_flows_lower_like_top_level_flows() {
    let loaded = load_snippet(
        "system \"a\" { name \"A\"; owner \"vpcp\"; kind \"other\"; flow \"a-b\" to=\"b\" { via \"ndxp\"; }; }\nsystem \"b\" { name \"B\"; owner \"vpcp\"; kind \"other\"; }\n",
        &LoadOptions::default(),
    );
    assert_eq!(codes(&loaded), vec![]);
    let flow = &loaded.model.flows["a-b"];
    assert_eq!(flow.from.as_ref().map(|f| f.value.as_str()), Some("a"));
    assert_eq!(flow.nested_in.as_ref().map(|f| f.value.as_str()), Some("a"));
    assert_eq!(loaded.graph.flows_from("a"), ["a-b"]);
}
