use khung_diag::Span;

/// A parsed KDL document: its top-level nodes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// Top-level nodes in source order (slashdashed nodes are left out).
    pub nodes: Vec<Node>,
}

/// A string-valued token (a node name, property key or type annotation) with its span.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Str {
    /// The value after unquoting and unescaping.
    pub value: String,
    /// The token's span in the source.
    pub span: Span,
}

/// One KDL node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The `(type)` annotation before the name, if any (boxed: rare, and a `Str` inline would
    /// cost every node 32 bytes).
    pub ty: Option<Box<Str>>,
    /// The node name.
    pub name: Str,
    /// Arguments and properties in source order (slashdashed entries are left out).
    pub entries: Vec<Entry>,
    /// The `{ … }` block, if present (even when empty; boxed so leaf nodes stay small).
    pub children: Option<Box<Children>>,
    /// The whole node, from its type annotation or name to its last entry or closing brace.
    pub span: Span,
}

/// A node's child block.
///
/// Dropping a tree never recurses (see the `Drop` impl), so a tree of any depth is freed
/// safely. The derived `Clone`, `PartialEq` and `Debug` do recurse once per level; the parser
/// bounds the depth with [`crate::ParseOptions::max_depth`].
#[derive(Debug, Clone, PartialEq)]
pub struct Children {
    /// The child nodes.
    pub nodes: Vec<Node>,
    /// The block from `{` to `}`.
    pub span: Span,
}

impl Drop for Children {
    fn drop(&mut self) {
        // The default drop recurses once per nesting level. Instead, take every non-empty
        // block out of its node onto one heap stack (moving `Vec` headers, not nodes), so
        // each node is dropped with an empty block.
        let has_grandchildren = self.nodes.iter().any(|node| {
            node.children
                .as_ref()
                .is_some_and(|children| !children.nodes.is_empty())
        });
        if !has_grandchildren {
            // The default drop goes one level down, into blocks that are empty or absent.
            return;
        }
        let mut blocks: Vec<Vec<Node>> = vec![std::mem::take(&mut self.nodes)];
        while let Some(mut nodes) = blocks.pop() {
            for node in &mut nodes {
                if let Some(children) = node.children.as_mut()
                    && !children.nodes.is_empty()
                {
                    blocks.push(std::mem::take(&mut children.nodes));
                }
            }
        }
    }
}

/// An argument (`key` is `None`) or a property (`key=value`).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The property key; `None` for an argument.
    pub key: Option<Str>,
    /// The `(type)` annotation of the value, if any (boxed: rare).
    pub ty: Option<Box<Str>>,
    /// The value.
    pub value: Value,
    /// The span of the value token alone.
    pub value_span: Span,
    /// The span of the whole entry (key, `=`, annotation and value).
    pub span: Span,
}

/// A KDL value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string (identifier, quoted, raw or multi-line), unescaped.
    String(String),
    /// A number, with its source text kept (boxed: `Number` is 64 bytes and 16-byte aligned
    /// because of `i128`, and most values are strings).
    Number(Box<Number>),
    /// `#true` or `#false`.
    Bool(bool),
    /// `#null`.
    Null,
}

/// A number as written and as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// The source text (e.g. `0x1F`, `1_000`, `1.23E+1000`), so out-of-range values are not lost.
    pub source: String,
    /// The value, when it fits.
    pub value: NumberValue,
}

/// The value of a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberValue {
    /// An integer that fits in `i128`.
    Integer(i128),
    /// An integer outside the `i128` range (the source text holds it).
    BigInteger,
    /// A decimal or exponent number (may be infinite when out of the `f64` range).
    Float(f64),
    /// `#inf`.
    Inf,
    /// `#-inf`.
    NegInf,
    /// `#nan`.
    NaN,
}

impl Value {
    /// The string, if this is a string.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The integer, if this is an integer that fits in `i64`.
    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(number) => match number.value {
                NumberValue::Integer(value) => i64::try_from(value).ok(),
                _ => None,
            },
            _ => None,
        }
    }

    /// The number, if this is a number (including `#inf`, `#-inf` and `#nan`).
    #[must_use]
    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(number) => Some(number),
            _ => None,
        }
    }

    /// The boolean, if this is `#true` or `#false`.
    #[must_use]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// Whether this is `#null`.
    #[must_use]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// A short English name of the value's type, for messages (`string`, `number`, …).
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::Number(_) => "number",
            Value::Bool(_) => "boolean",
            Value::Null => "null",
        }
    }

    /// The value as KDL source would show it in a message (`"text"`, `12`, `#true`, `#null`).
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            Value::String(text) => format!("{text:?}"),
            Value::Number(number) => number.source.clone(),
            Value::Bool(true) => "#true".to_owned(),
            Value::Bool(false) => "#false".to_owned(),
            Value::Null => "#null".to_owned(),
        }
    }
}

impl Node {
    /// The arguments, in order.
    pub fn arguments(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|entry| entry.key.is_none())
    }

    /// The properties, in order (duplicates included; the last one wins in KDL).
    pub fn properties(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|entry| entry.key.is_some())
    }

    /// The child nodes (empty when there is no block).
    #[must_use]
    pub fn child_nodes(&self) -> &[Node] {
        self.children
            .as_ref()
            .map_or(&[], |children| children.nodes.as_slice())
    }
}
