//! Views of a khung model and their emitters: SVG (built-in layout), DOT, Mermaid, PlantUML.
