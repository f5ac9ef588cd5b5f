//! The SVG legend: a title and rows of (sample, text) below the diagram.

use std::collections::BTreeMap;

use crate::graph::{ElementKind, LegendSymbol, LineStyle, Provenance, Tone, ViewGraph, ViewNode};
use crate::layout::{Anchor, MARGIN, Rect, TextLine};
use crate::text::{size, text_height, text_width};

use super::style::{cluster_style, edge_stroke, node_stroke, tone_fill};
use super::svg::{Svg, marker_badge, num, shape, stroke_attributes};

const LEGEND_SYMBOL_WIDTH: f64 = 36.0;
const LEGEND_SYMBOL_HEIGHT: f64 = 18.0;
const LEGEND_ROW_HEIGHT: f64 = 26.0;
const LEGEND_ITEM_GAP: f64 = 24.0;

/// The legend below the diagram: its title, then rows of (sample, text) flowing left to
/// right within `max_width`.
pub(super) struct LegendLayout {
    pub(super) width: f64,
    pub(super) height: f64,
    /// `(x, y)` of each item's sample, relative to the legend's top-left.
    positions: Vec<(f64, f64)>,
}

impl LegendLayout {
    pub(super) fn new(graph: &ViewGraph, max_width: f64) -> LegendLayout {
        let mut positions = Vec::new();
        let title_height = text_height(1, size::LABEL) + 6.0;
        let mut x = 0.0;
        let mut y = title_height;
        let mut width: f64 = text_width(graph.legend_title(), size::LABEL);
        for item in graph.legend() {
            let item_width = LEGEND_SYMBOL_WIDTH + 8.0 + text_width(&item.label, size::SMALL);
            if x > 0.0 && x + item_width > max_width {
                x = 0.0;
                y += LEGEND_ROW_HEIGHT;
            }
            positions.push((x, y));
            width = width.max(x + item_width);
            x += item_width + LEGEND_ITEM_GAP;
        }
        let height = if graph.legend().is_empty() {
            title_height
        } else {
            y + LEGEND_ROW_HEIGHT
        };
        LegendLayout {
            width: width.ceil(),
            height: height.ceil() + 8.0,
            positions,
        }
    }

    pub(super) fn draw(
        &self,
        svg: &mut Svg,
        graph: &ViewGraph,
        top: f64,
        markers: &BTreeMap<&'static str, String>,
    ) {
        svg.line(&format!(
            "<g class=\"legend\" transform=\"translate({} {})\">",
            num(MARGIN),
            num(top)
        ));
        svg.text(&TextLine {
            text: graph.legend_title().to_owned(),
            x: 0.0,
            baseline: size::LABEL,
            font_size: size::LABEL,
            anchor: Anchor::Start,
        });
        for (item, (x, y)) in graph.legend().iter().zip(&self.positions) {
            svg.line("<g class=\"legend-item\">");
            let sample = Rect {
                x: *x,
                y: *y,
                width: LEGEND_SYMBOL_WIDTH,
                height: LEGEND_SYMBOL_HEIGHT,
            };
            draw_sample(svg, item.symbol, sample, markers);
            svg.text(&TextLine {
                text: item.label.clone(),
                x: x + LEGEND_SYMBOL_WIDTH + 8.0,
                baseline: y + LEGEND_SYMBOL_HEIGHT / 2.0 + size::SMALL * 0.35,
                font_size: size::SMALL,
                anchor: Anchor::Start,
            });
            svg.line("</g>");
        }
        svg.line("</g>");
    }
}

fn draw_sample(
    svg: &mut Svg,
    symbol: LegendSymbol,
    rect: Rect,
    markers: &BTreeMap<&'static str, String>,
) {
    match symbol {
        LegendSymbol::Node(kind, provenance) => {
            let sample = ViewNode {
                provenance,
                ..ViewNode::new("", "", kind)
            };
            shape(
                svg,
                &sample,
                rect,
                tone_fill(Tone::Plain),
                node_stroke(provenance),
            );
        }
        LegendSymbol::Tone(tone) => {
            let sample = ViewNode::new("", "", ElementKind::System);
            shape(
                svg,
                &sample,
                rect,
                tone_fill(tone),
                node_stroke(Provenance::Workspace),
            );
        }
        LegendSymbol::Cluster(kind) => {
            let (fill, stroke) = cluster_style(kind);
            svg.line(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{fill}\" {}/>",
                num(rect.x),
                num(rect.y),
                num(rect.width),
                num(rect.height),
                stroke_attributes(stroke)
            ));
        }
        LegendSymbol::Line(line) => draw_line_sample(svg, line, rect, markers),
        LegendSymbol::Marker => marker_badge(svg, rect.x + rect.width / 2.0, rect.centre_y()),
    }
}

fn draw_line_sample(
    svg: &mut Svg,
    line: LineStyle,
    rect: Rect,
    markers: &BTreeMap<&'static str, String>,
) {
    let stroke = edge_stroke(line, Tone::Plain);
    let marker = markers
        .get(stroke.colour)
        .map_or(String::new(), |id| format!(" marker-end=\"url(#{id})\""));
    svg.line(&format!(
        "<path d=\"M{} {y} L{} {y}\" fill=\"none\" {}{marker}/>",
        num(rect.x),
        num(rect.right()),
        stroke_attributes(stroke),
        y = num(rect.centre_y())
    ));
}
