//! Emitters: a [`crate::ViewGraph`] as text in each output format.

pub(crate) mod dot;
pub(crate) mod escape;
pub(crate) mod mermaid;
pub(crate) mod plantuml;
pub(crate) mod style;
pub(crate) mod svg;
mod svg_legend;
