//! Parser-independent trees for comparing khung's parser with the `kdl` crate: names, types,
//! entries in order, values and children, nothing about formatting or spans.

use khung_kdl::{Document, Node, Number, NumberValue, Value};

/// A node as both parsers should see it.
#[derive(Debug, PartialEq)]
pub struct SemanticNode {
    pub ty: Option<String>,
    pub name: String,
    pub entries: Vec<SemanticEntry>,
    pub children: Option<Vec<SemanticNode>>,
}

/// An argument (`key` is `None`) or a property.
#[derive(Debug, PartialEq)]
pub struct SemanticEntry {
    pub key: Option<String>,
    pub ty: Option<String>,
    pub value: SemanticValue,
}

/// A value; floats compare by bits (`NaN` is its own case).
#[derive(Debug, PartialEq)]
pub enum SemanticValue {
    String(String),
    Integer(i128),
    /// An integer beyond `i128`, by its source text.
    BigInteger(String),
    Float(u64),
    NaN,
    /// A decimal whose `f64` lost it (overflow to infinity, underflow to zero), by its source.
    OutOfRange(String),
    Bool(bool),
    Null,
}

/// Our tree, as a semantic tree.
pub fn from_ours(document: &Document) -> Vec<SemanticNode> {
    document.nodes().map(our_node).collect()
}

fn our_node(node: Node<'_>) -> SemanticNode {
    SemanticNode {
        ty: node.ty().map(|ty| ty.value.to_owned()),
        name: node.name().value.to_owned(),
        entries: node
            .entries()
            .map(|entry| SemanticEntry {
                key: entry.key().map(|key| key.value.to_owned()),
                ty: entry.ty().map(|ty| ty.value.to_owned()),
                value: our_value(&entry.value()),
            })
            .collect(),
        children: node
            .children_span()
            .map(|_| node.child_nodes().map(our_node).collect()),
    }
}

fn our_value(value: &Value<'_>) -> SemanticValue {
    match value {
        Value::String(text) => SemanticValue::String((*text).to_owned()),
        Value::Bool(flag) => SemanticValue::Bool(*flag),
        Value::Null => SemanticValue::Null,
        Value::Number(number) => our_number(number),
    }
}

fn our_number(number: &Number<'_>) -> SemanticValue {
    match number.value {
        NumberValue::Integer(value) => SemanticValue::Integer(value),
        NumberValue::BigInteger => SemanticValue::BigInteger(number.source.to_owned()),
        NumberValue::Float(value) => {
            let mantissa = number.source.split(['e', 'E']).next().unwrap_or("");
            let nonzero = mantissa.bytes().any(|byte| matches!(byte, b'1'..=b'9'));
            if value.is_infinite() || (value == 0.0 && nonzero) {
                SemanticValue::OutOfRange(number.source.to_owned())
            } else {
                SemanticValue::Float(value.to_bits())
            }
        }
        NumberValue::Inf => SemanticValue::Float(f64::INFINITY.to_bits()),
        NumberValue::NegInf => SemanticValue::Float(f64::NEG_INFINITY.to_bits()),
        NumberValue::NaN => SemanticValue::NaN,
    }
}

/// The `kdl` crate's tree, as a semantic tree.
pub fn from_kdl(document: &kdl::KdlDocument) -> Vec<SemanticNode> {
    document.nodes().iter().map(kdl_node).collect()
}

fn kdl_node(node: &kdl::KdlNode) -> SemanticNode {
    SemanticNode {
        ty: node.ty().map(|ty| ty.value().to_owned()),
        name: node.name().value().to_owned(),
        entries: node
            .entries()
            .iter()
            .map(|entry| SemanticEntry {
                key: entry.name().map(|key| key.value().to_owned()),
                ty: entry.ty().map(|ty| ty.value().to_owned()),
                value: kdl_value(entry.value()),
            })
            .collect(),
        children: node
            .children()
            .map(|children| children.nodes().iter().map(kdl_node).collect()),
    }
}

fn kdl_value(value: &kdl::KdlValue) -> SemanticValue {
    match value {
        kdl::KdlValue::String(text) => SemanticValue::String(text.clone()),
        kdl::KdlValue::Integer(value) => SemanticValue::Integer(*value),
        kdl::KdlValue::Float(value) if value.is_nan() => SemanticValue::NaN,
        kdl::KdlValue::Float(value) => SemanticValue::Float(value.to_bits()),
        kdl::KdlValue::Bool(flag) => SemanticValue::Bool(*flag),
        kdl::KdlValue::Null => SemanticValue::Null,
    }
}

/// Whether the trees are equal except that where `ours` has [`SemanticValue::OutOfRange`],
/// `theirs` has that source read as an `f64` (infinity or zero).
pub fn equal_but_float_range(ours: &[SemanticNode], theirs: &[SemanticNode]) -> bool {
    ours.len() == theirs.len()
        && ours.iter().zip(theirs).all(|(a, b)| {
            a.ty == b.ty
                && a.name == b.name
                && a.entries.len() == b.entries.len()
                && a.entries.iter().zip(&b.entries).all(|(x, y)| {
                    x.key == y.key
                        && x.ty == y.ty
                        && value_equal_but_float_range(&x.value, &y.value)
                })
                && match (&a.children, &b.children) {
                    (Some(x), Some(y)) => equal_but_float_range(x, y),
                    (None, None) => true,
                    _ => false,
                }
        })
}

fn value_equal_but_float_range(ours: &SemanticValue, theirs: &SemanticValue) -> bool {
    match (ours, theirs) {
        (SemanticValue::OutOfRange(source), SemanticValue::Float(bits)) => {
            let cleaned: String = source.chars().filter(|&ch| ch != '_').collect();
            cleaned
                .parse::<f64>()
                .is_ok_and(|value| value.to_bits() == *bits)
        }
        _ => ours == theirs,
    }
}
