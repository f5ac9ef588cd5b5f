//! SVG with the built-in layout: a title, the diagram, and a legend below it. Every node,
//! edge and cluster is a group with `<title>` and `<desc>` for assistive technology.

use std::collections::BTreeMap;

use crate::RenderOptions;
use crate::graph::{ElementKind, LegendSymbol, Tone, ViewGraph, ViewNode};
use crate::layout::{self, Anchor, Layout, MARGIN, Rect, Segment, TextLine};
use crate::text::{FONT_FAMILY, size, text_height, text_width, wrap};

use super::escape::{xml_attribute, xml_text};
use super::style::{
    self, BACKGROUND, MARKER_COLOUR, Stroke, TEXT_COLOUR, cluster_style, edge_stroke, node_stroke,
    tone_fill,
};
use super::svg_legend::LegendLayout;

const TITLE_MAX_LINES: usize = 2;

/// The whole SVG document.
pub(crate) fn emit(graph: &ViewGraph, options: &RenderOptions) -> String {
    let layout = layout::layout(graph);
    let prefix = options.id_prefix();
    let minimum_width = (layout.width - 2.0 * MARGIN).max(480.0);
    let title_lines = wrap(graph.title(), minimum_width, size::TITLE, TITLE_MAX_LINES);
    let title_width = title_lines
        .iter()
        .map(|line| text_width(line, size::TITLE))
        .fold(0.0, f64::max);
    let header = MARGIN + text_height(title_lines.len(), size::TITLE) + 8.0;
    let legend = LegendLayout::new(graph, minimum_width.max(title_width));
    let width = layout::round(
        layout
            .width
            .max(title_width + 2.0 * MARGIN)
            .max(legend.width + 2.0 * MARGIN),
    );
    let height = layout::round(header + layout.height + legend.height + MARGIN);

    let mut svg = Svg::default();
    svg.line(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         role=\"img\" aria-labelledby=\"{p}-title {p}-desc\" font-family=\"{font}\" fill=\"{TEXT_COLOUR}\">",
        w = num(width),
        h = num(height),
        p = prefix,
        font = xml_attribute(FONT_FAMILY),
    ));
    svg.line(&format!(
        "<title id=\"{prefix}-title\">{}</title>",
        xml_text(graph.title())
    ));
    svg.line(&format!(
        "<desc id=\"{prefix}-desc\">{}</desc>",
        xml_text(graph.description())
    ));
    let markers = arrow_markers(graph, &prefix);
    svg.line("<defs>");
    for (colour, id) in &markers {
        svg.line(&format!(
            "<marker id=\"{id}\" viewBox=\"0 0 10 8\" refX=\"10\" refY=\"4\" markerWidth=\"10\" markerHeight=\"8\" \
             markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,4 L0,8 z\" fill=\"{colour}\"/></marker>"
        ));
    }
    svg.line("</defs>");
    svg.line(&format!(
        "<rect width=\"{}\" height=\"{}\" fill=\"{BACKGROUND}\"/>",
        num(width),
        num(height)
    ));
    for (index, line) in title_lines.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "at most two lines")]
        let baseline = MARGIN + size::TITLE + index as f64 * size::TITLE * crate::text::LINE_HEIGHT;
        svg.text(&TextLine {
            text: line.clone(),
            x: MARGIN,
            baseline,
            font_size: size::TITLE,
            anchor: Anchor::Start,
        });
    }
    svg.line(&format!(
        "<g class=\"diagram\" transform=\"translate(0 {})\">",
        num(header)
    ));
    draw_clusters(&mut svg, graph, &layout, &prefix);
    draw_edges(&mut svg, graph, &layout, &prefix, &markers);
    draw_nodes(&mut svg, graph, &layout, &prefix);
    svg.line("</g>");
    legend.draw(&mut svg, graph, header + layout.height, &markers);
    svg.line("</svg>");
    svg.out
}

#[derive(Default)]
pub(super) struct Svg {
    out: String,
}

impl Svg {
    pub(super) fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    pub(super) fn text(&mut self, line: &TextLine) {
        let anchor = match line.anchor {
            Anchor::Start => "",
            Anchor::Middle => " text-anchor=\"middle\"",
        };
        self.line(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{anchor}>{}</text>",
            num(line.x),
            num(line.baseline),
            num(line.font_size),
            xml_text(&line.text)
        ));
    }
}

/// A number with at most one decimal, no trailing `.0`, never `-0`.
pub(crate) fn num(value: f64) -> String {
    let rounded = layout::round(value);
    if rounded == 0.0 {
        return "0".to_owned();
    }
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

pub(super) fn stroke_attributes(stroke: Stroke) -> String {
    let dash = stroke
        .dash
        .map_or(String::new(), |d| format!(" stroke-dasharray=\"{d}\""));
    format!(
        "stroke=\"{}\" stroke-width=\"{}\"{dash}",
        stroke.colour,
        num(stroke.width)
    )
}

/// One arrow-head marker per edge colour in use (SVG 1.1 markers cannot take the colour of
/// the line they end).
fn arrow_markers(graph: &ViewGraph, prefix: &str) -> BTreeMap<&'static str, String> {
    let mut colours: Vec<&'static str> = graph
        .edges()
        .iter()
        .map(|edge| edge_stroke(edge.line, edge.tone).colour)
        .chain(graph.legend().iter().filter_map(|item| match item.symbol {
            LegendSymbol::Line(line) => Some(edge_stroke(line, Tone::Plain).colour),
            _ => None,
        }))
        .collect();
    colours.sort_unstable();
    colours.dedup();
    colours
        .into_iter()
        .enumerate()
        .map(|(index, colour)| (colour, format!("{prefix}-arrow-{index}")))
        .collect()
}

fn draw_clusters(svg: &mut Svg, graph: &ViewGraph, layout: &Layout, prefix: &str) {
    // Outer clusters first, so inner ones are painted on top.
    let mut order: Vec<(usize, usize)> = (0..graph.clusters().len())
        .map(|index| (cluster_depth(graph, index), index))
        .collect();
    order.sort_unstable();
    for (_, index) in order {
        let (Some(cluster), Some(placement)) =
            (graph.clusters().get(index), layout.clusters.get(index))
        else {
            continue;
        };
        let (fill, stroke) = cluster_style(cluster.kind);
        svg.line(&format!(
            "<g id=\"{prefix}-cluster-{index}\" class=\"cluster {}\" data-id=\"{}\">",
            style::cluster_class(cluster.kind),
            xml_attribute(&cluster.id)
        ));
        svg.line(&format!("<title>{}</title>", xml_text(&cluster.label)));
        svg.line(&format!(
            "<desc>{}</desc>",
            xml_text(description_or(&cluster.description, &cluster.label))
        ));
        svg.line(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"8\" fill=\"{fill}\" {}/>",
            num(placement.rect.x),
            num(placement.rect.y),
            num(placement.rect.width),
            num(placement.rect.height),
            stroke_attributes(stroke)
        ));
        for line in &placement.title {
            svg.text(line);
        }
        svg.line("</g>");
    }
}

fn cluster_depth(graph: &ViewGraph, index: usize) -> usize {
    let mut depth = 0;
    let mut current = graph.clusters().get(index).and_then(|c| c.parent.clone());
    while let Some(parent) = current {
        depth += 1;
        if depth > graph.clusters().len() {
            break;
        }
        current = graph
            .cluster_index(&parent)
            .and_then(|i| graph.clusters().get(i))
            .and_then(|c| c.parent.clone());
    }
    depth
}

fn description_or<'a>(description: &'a str, fallback: &'a str) -> &'a str {
    if description.trim().is_empty() {
        fallback
    } else {
        description
    }
}

fn path_data(segments: &[Segment]) -> String {
    let mut data = String::new();
    if let Some(first) = segments.first() {
        data.push_str(&format!("M{} {}", num(first.from.x), num(first.from.y)));
    }
    for segment in segments {
        if segment.curve {
            let (c1, c2) = segment.controls();
            data.push_str(&format!(
                " C{} {} {} {} {} {}",
                num(c1.x),
                num(c1.y),
                num(c2.x),
                num(c2.y),
                num(segment.to.x),
                num(segment.to.y)
            ));
        } else {
            data.push_str(&format!(" L{} {}", num(segment.to.x), num(segment.to.y)));
        }
    }
    data
}

fn draw_edges(
    svg: &mut Svg,
    graph: &ViewGraph,
    layout: &Layout,
    prefix: &str,
    markers: &BTreeMap<&'static str, String>,
) {
    for (index, (edge, route)) in graph.edges().iter().zip(&layout.edges).enumerate() {
        let stroke = edge_stroke(edge.line, edge.tone);
        let label_of = |id: &str| {
            graph
                .node(id)
                .map_or_else(|| id.to_owned(), |n| n.label.clone())
        };
        let title = format!("{} → {}", label_of(&edge.from), label_of(&edge.to));
        let description = edge.display_label().unwrap_or_default();
        svg.line(&format!(
            "<g id=\"{prefix}-edge-{index}\" class=\"edge {}\">",
            style::line_class(edge.line, edge.tone)
        ));
        svg.line(&format!("<title>{}</title>", xml_text(&title)));
        svg.line(&format!(
            "<desc>{}</desc>",
            xml_text(description_or(&edge.description, &description))
        ));
        let marker = markers
            .get(stroke.colour)
            .map_or(String::new(), |id| format!(" marker-end=\"url(#{id})\""));
        svg.line(&format!(
            "<path d=\"{}\" fill=\"none\" {}{marker}/>",
            path_data(&route.segments),
            stroke_attributes(stroke)
        ));
        if let Some(label) = &route.label {
            svg.line(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{BACKGROUND}\" fill-opacity=\"0.9\"/>",
                num(label.rect.x),
                num(label.rect.y),
                num(label.rect.width),
                num(label.rect.height)
            ));
            for line in &label.lines {
                svg.text(line);
            }
        }
        svg.line("</g>");
    }
}

fn draw_nodes(svg: &mut Svg, graph: &ViewGraph, layout: &Layout, prefix: &str) {
    for (index, (node, placement)) in graph.nodes().iter().zip(&layout.nodes).enumerate() {
        svg.line(&format!(
            "<g id=\"{prefix}-node-{index}\" class=\"node {} {} {}\" data-id=\"{}\">",
            style::kind_class(node.kind),
            style::provenance_class(node.provenance),
            style::tone_class(node.tone),
            xml_attribute(&node.id)
        ));
        let title = match &node.caption {
            Some(caption) => format!("{} ({caption})", node.label),
            None => node.label.clone(),
        };
        svg.line(&format!("<title>{}</title>", xml_text(&title)));
        svg.line(&format!(
            "<desc>{}</desc>",
            xml_text(description_or(&node.description, &title))
        ));
        shape(
            svg,
            node,
            placement.rect,
            tone_fill(node.tone),
            node_stroke(node.provenance),
        );
        if node.marker.is_some() {
            marker_badge(svg, placement.rect.right() - 11.0, placement.rect.y + 11.0);
        }
        for line in &placement.lines {
            svg.text(line);
        }
        svg.line("</g>");
    }
}

pub(super) fn marker_badge(svg: &mut Svg, centre_x: f64, centre_y: f64) {
    svg.line(&format!(
        "<circle cx=\"{}\" cy=\"{}\" r=\"7\" fill=\"{MARKER_COLOUR}\"/>",
        num(centre_x),
        num(centre_y)
    ));
    svg.line(&format!(
        "<text x=\"{}\" y=\"{}\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#ffffff\">!</text>",
        num(centre_x),
        num(centre_y + 4.0)
    ));
}

/// The outline of a node by kind: system rounded box, platform double box, dataset
/// cylinder, service stadium, agency square box with a heavy border.
pub(super) fn shape(svg: &mut Svg, node: &ViewNode, rect: Rect, fill: &str, stroke: Stroke) {
    let strokes = stroke_attributes(stroke);
    let (x, y, w, h) = (num(rect.x), num(rect.y), num(rect.width), num(rect.height));
    match node.kind {
        ElementKind::System => svg.line(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"6\" fill=\"{fill}\" {strokes}/>"
        )),
        ElementKind::Platform => {
            svg.line(&format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"2\" fill=\"{fill}\" {strokes}/>"
            ));
            svg.line(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"1\" fill=\"none\" {strokes}/>",
                num(rect.x + 3.0),
                num(rect.y + 3.0),
                num(rect.width - 6.0),
                num(rect.height - 6.0)
            ));
        }
        ElementKind::Dataset => {
            let radius_y = 4.0;
            let half = rect.width / 2.0;
            svg.line(&format!(
                "<path d=\"M{x} {top} A{rx} {ry} 0 0 0 {right} {top} V{bottom} A{rx} {ry} 0 0 1 {x} {bottom} Z\" fill=\"{fill}\" {strokes}/>",
                top = num(rect.y + radius_y),
                right = num(rect.right()),
                bottom = num(rect.bottom() - radius_y),
                rx = num(half),
                ry = num(radius_y),
            ));
            svg.line(&format!(
                "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\" fill=\"{fill}\" {strokes}/>",
                num(rect.x + half),
                num(rect.y + radius_y),
                num(half),
                num(radius_y)
            ));
        }
        ElementKind::Service => svg.line(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{}\" fill=\"{fill}\" {strokes}/>",
            num((rect.height / 2.0).min(14.0))
        )),
        ElementKind::Agency => svg.line(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{fill}\" {}/>",
            stroke_attributes(Stroke { width: 2.4, ..stroke })
        )),
    }
}
