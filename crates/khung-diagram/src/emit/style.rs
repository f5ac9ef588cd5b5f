//! Colours, strokes and class names shared by every emitter, so a diagram looks alike in
//! every format and its legend matches.
//!
//! Line styles do not rely on colour alone: encryption is told by the dash pattern,
//! cross-border flows by width (and colour), so the legend reads in greyscale too.

use crate::graph::{ClusterKind, ElementKind, Encryption, LineStyle, Provenance, Tone};

/// Text colour on every fill (all fills are light).
pub(crate) const TEXT_COLOUR: &str = "#111827";
/// The below-minimum marker.
pub(crate) const MARKER_COLOUR: &str = "#dc2626";
/// The drawing's background.
pub(crate) const BACKGROUND: &str = "#ffffff";

/// A line's look.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Stroke {
    pub(crate) colour: &'static str,
    pub(crate) width: f64,
    /// SVG/CSS dash pattern, `None` for a solid line.
    pub(crate) dash: Option<&'static str>,
}

/// The fill of a node.
pub(crate) fn tone_fill(tone: Tone) -> &'static str {
    match tone.normalised() {
        Tone::Plain => "#ffffff",
        Tone::SecurityLevel(1) => "#e0f2fe",
        Tone::SecurityLevel(2) => "#bae6fd",
        Tone::SecurityLevel(3) => "#fde68a",
        Tone::SecurityLevel(4) => "#fdba74",
        Tone::SecurityLevel(_) => "#fca5a5",
        Tone::LevelUndeclared => "#e5e7eb",
        Tone::Added => "#bbf7d0",
        Tone::Removed => "#fecaca",
        Tone::Changed => "#fef08a",
        Tone::Unchanged => "#f3f4f6",
    }
}

/// A stable class or tag name for a tone (Mermaid classes, PlantUML tags).
pub(crate) fn tone_class(tone: Tone) -> &'static str {
    match tone.normalised() {
        Tone::Plain => "plain",
        Tone::SecurityLevel(1) => "level1",
        Tone::SecurityLevel(2) => "level2",
        Tone::SecurityLevel(3) => "level3",
        Tone::SecurityLevel(4) => "level4",
        Tone::SecurityLevel(_) => "level5",
        Tone::LevelUndeclared => "levelnone",
        Tone::Added => "added",
        Tone::Removed => "removed",
        Tone::Changed => "changed",
        Tone::Unchanged => "unchanged",
    }
}

/// The border of a node: external (reference, imported) elements are dashed and grey.
pub(crate) fn node_stroke(provenance: Provenance) -> Stroke {
    match provenance {
        Provenance::Workspace => Stroke {
            colour: "#1f2937",
            width: 1.4,
            dash: None,
        },
        Provenance::Imported => Stroke {
            colour: "#374151",
            width: 1.4,
            dash: Some("6 3"),
        },
        Provenance::Reference => Stroke {
            colour: "#6b7280",
            width: 1.4,
            dash: Some("2 2"),
        },
    }
}

/// A stable class name for a provenance.
pub(crate) fn provenance_class(provenance: Provenance) -> &'static str {
    match provenance {
        Provenance::Workspace => "workspace",
        Provenance::Imported => "imported",
        Provenance::Reference => "reference",
    }
}

/// A stable class name for an element kind.
pub(crate) fn kind_class(kind: ElementKind) -> &'static str {
    match kind {
        ElementKind::System => "system",
        ElementKind::Platform => "platform",
        ElementKind::Dataset => "dataset",
        ElementKind::Service => "service",
        ElementKind::Agency => "agency",
    }
}

/// The fill and border of a cluster.
pub(crate) fn cluster_style(kind: ClusterKind) -> (&'static str, Stroke) {
    match kind {
        ClusterKind::Agency => (
            "#f8fafc",
            Stroke {
                colour: "#94a3b8",
                width: 1.2,
                dash: None,
            },
        ),
        ClusterKind::Zone => (
            "#f0fdf4",
            Stroke {
                colour: "#16a34a",
                width: 1.2,
                dash: Some("8 4"),
            },
        ),
    }
}

/// A stable class name for a cluster kind.
pub(crate) fn cluster_class(kind: ClusterKind) -> &'static str {
    match kind {
        ClusterKind::Agency => "agency",
        ClusterKind::Zone => "zone",
    }
}

/// The look of an edge: dash by encryption, colour by change (gap view), cross-border,
/// highlight; width by cross-border and highlight.
pub(crate) fn edge_stroke(line: LineStyle, tone: Tone) -> Stroke {
    if line.storage {
        return Stroke {
            colour: "#9ca3af",
            width: 1.0,
            dash: Some("3 3"),
        };
    }
    let dash = match line.encryption {
        Encryption::Encrypted => None,
        Encryption::Unencrypted => Some("7 4"),
        Encryption::Undeclared => Some("2 3"),
    };
    let colour = match tone {
        Tone::Added => "#16a34a",
        Tone::Removed => "#dc2626",
        Tone::Changed => "#d97706",
        _ if line.cross_border => "#7c3aed",
        _ if line.highlighted => "#ea580c",
        _ => "#374151",
    };
    let width = if line.cross_border {
        3.0
    } else if line.highlighted {
        2.2
    } else {
        1.4
    };
    Stroke {
        colour,
        width,
        dash,
    }
}

/// A stable class name for an edge's look (Mermaid, PlantUML tags).
pub(crate) fn line_class(line: LineStyle, tone: Tone) -> String {
    if line.storage {
        return "storage".to_owned();
    }
    let mut parts = vec![match line.encryption {
        Encryption::Encrypted => "encrypted",
        Encryption::Unencrypted => "unencrypted",
        Encryption::Undeclared => "undeclared",
    }];
    if line.cross_border {
        parts.push("crossborder");
    }
    if line.highlighted {
        parts.push("highlighted");
    }
    match tone {
        Tone::Added => parts.push("added"),
        Tone::Removed => parts.push("removed"),
        Tone::Changed => parts.push("changed"),
        _ => {}
    }
    parts.join("_")
}
