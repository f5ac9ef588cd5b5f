//! The same view gives the same bytes, in every format.

mod common;

use khung_diagram::{Format, RenderOptions, render};

#[test]
fn every_format_is_byte_identical_across_runs() {
    for format in Format::ALL {
        let first = render(&common::hostile_graph(), format, &RenderOptions::default());
        let second = render(&common::hostile_graph(), format, &RenderOptions::default());
        assert_eq!(first, second, "{format:?} differs between two runs");
        assert!(!first.is_empty());
    }
}

#[test]
fn svg_ids_take_the_prefix_so_several_svgs_can_share_a_page() {
    let options = RenderOptions {
        id_prefix: "gap view".to_owned(),
    };
    let svg = render(&common::hostile_graph(), Format::Svg, &options);
    assert!(svg.contains("id=\"gap_view-title\""));
    assert!(svg.contains("url(#gap_view-arrow-0)"));
    assert!(!svg.contains("id=\"khung-"));
}
