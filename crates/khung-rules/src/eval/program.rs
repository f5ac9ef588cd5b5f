//! The compiled form of a checked expression: a tree of typed instructions over native values.
//! Built by the checker; run by [`super::run`].

use std::sync::Arc;

use khung_model::ElementKind;

use crate::builtins::Builtin;
use crate::cel::ast::ComprehensionKind;
use crate::eval::value::Value;
use crate::schema::FieldSchema;

/// Ordering comparisons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// Integer arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
}

/// String tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringTest {
    /// `startsWith`
    StartsWith,
    /// `endsWith`
    EndsWith,
    /// `contains`
    Contains,
}

/// One instruction.
#[derive(Debug)]
pub enum Node {
    /// A constant (literals and folded sub-expressions).
    Const(Value<'static>),
    /// The element under test.
    Element,
    /// `as_of`
    AsOf,
    /// `profile`
    Profile,
    /// A model map.
    ElementMap(ElementKind),
    /// A comprehension variable, by slot.
    Var(usize),
    /// The record of a comprehension variable ranging over a model map (`systems[k]` inside
    /// `systems.exists(k, …)`), without a lookup.
    VarRecord(usize),
    /// A record field; the zero value when the fact is absent.
    Field {
        /// The record.
        operand: Box<Node>,
        /// The field.
        field: &'static FieldSchema,
    },
    /// A field of the element under test (a fused `Field { Element }`).
    ElementField(&'static FieldSchema),
    /// `has()` of a field of the element under test.
    ElementHas(&'static FieldSchema),
    /// `has()` of a record field.
    HasField {
        /// The record.
        operand: Box<Node>,
        /// The field.
        field: &'static FieldSchema,
    },
    /// `map.key` of a literal or constant map (a missing key is an error).
    MapSelect {
        /// The map.
        operand: Box<Node>,
        /// The key.
        key: Arc<str>,
    },
    /// `has(map.key)`
    HasMapKey {
        /// The map.
        operand: Box<Node>,
        /// The key.
        key: Arc<str>,
    },
    /// `systems[id]` (a missing id is an error).
    IndexElement {
        /// Which map.
        kind: ElementKind,
        /// The id.
        key: Box<Node>,
    },
    /// `list[i]`
    IndexList {
        /// The list.
        list: Box<Node>,
        /// The position.
        index: Box<Node>,
    },
    /// `map[key]`
    IndexMap {
        /// The map.
        map: Box<Node>,
        /// The key.
        key: Box<Node>,
    },
    /// `!x`
    Not(Box<Node>),
    /// `-x`
    Neg(Box<Node>),
    /// `a && b`
    And(Box<Node>, Box<Node>),
    /// `a || b`
    Or(Box<Node>, Box<Node>),
    /// `c ? a : b`
    Cond(Box<Node>, Box<Node>, Box<Node>),
    /// `a == b` (`negate`: `!=`)
    Equals {
        /// Left.
        lhs: Box<Node>,
        /// Right.
        rhs: Box<Node>,
        /// `!=`
        negate: bool,
    },
    /// `<`, `<=`, `>`, `>=` on ints, strings or dates (an absent date compares false).
    Compare {
        /// Which.
        op: CompareOp,
        /// Left.
        lhs: Box<Node>,
        /// Right.
        rhs: Box<Node>,
    },
    /// Integer arithmetic (checked: overflow and division by zero are errors).
    Arith {
        /// Which.
        op: ArithOp,
        /// Left.
        lhs: Box<Node>,
        /// Right.
        rhs: Box<Node>,
    },
    /// String concatenation.
    Concat(Box<Node>, Box<Node>),
    /// List concatenation.
    ListConcat(Box<Node>, Box<Node>),
    /// `x in list`
    InList(Box<Node>, Box<Node>),
    /// `key in map`
    InMap(Box<Node>, Box<Node>),
    /// `id in systems`
    InElements(Box<Node>, ElementKind),
    /// `[a, b]`
    ListLiteral(Vec<Node>),
    /// `{k: v}`
    MapLiteral(Vec<(Node, Node)>),
    /// `size(x)`
    Size(Box<Node>),
    /// `s.startsWith(t)` etc.
    StringTest {
        /// Which.
        test: StringTest,
        /// The string.
        receiver: Box<Node>,
        /// The argument.
        argument: Box<Node>,
    },
    /// `s.matches(re)` with a pattern compiled at load time.
    Matches {
        /// The string.
        receiver: Box<Node>,
        /// The compiled pattern.
        regex: Arc<regex::Regex>,
    },
    /// A built-in function.
    Call {
        /// The function.
        builtin: &'static Builtin,
        /// Its arguments.
        args: Vec<Node>,
    },
    /// A list macro.
    Comprehension {
        /// Which.
        kind: ComprehensionKind,
        /// What it iterates over.
        range: Box<Node>,
        /// The variable's slot.
        slot: usize,
        /// `map(x, filter, t)`: the filter.
        filter: Option<Box<Node>>,
        /// Predicate or transform.
        body: Box<Node>,
        /// Steps charged per iteration: the instructions of `filter` and `body` (see
        /// [`Node::static_steps`]).
        body_steps: u64,
    },
}

/// A compiled expression with the number of variable slots it needs.
#[derive(Debug)]
pub struct Program {
    /// The root instruction.
    pub root: Node,
    /// How many comprehension variables are live at most.
    pub slots: usize,
    /// Steps charged per run: its instructions outside comprehension bodies (which charge
    /// theirs per iteration).
    pub steps: u64,
}

impl Program {
    /// A program over `root` needing `slots` variables.
    #[must_use]
    pub fn new(root: Node, slots: usize) -> Program {
        let steps = root.static_steps();
        Program { root, slots, steps }
    }

    /// Every record field the program reads (with repeats), found without recursion.
    pub fn read_fields(&self, fields: &mut Vec<&'static FieldSchema>) {
        let mut stack: Vec<&Node> = vec![&self.root];
        while let Some(node) = stack.pop() {
            match node {
                Node::Field { field, .. }
                | Node::HasField { field, .. }
                | Node::ElementField(field)
                | Node::ElementHas(field) => fields.push(field),
                _ => {}
            }
            node.push_operands(&mut stack);
        }
    }
}

impl Node {
    /// The instructions of this expression, each counted once, not counting those inside
    /// comprehension bodies and filters (charged per iteration instead). The evaluator charges
    /// these steps up front rather than one per instruction visited: a bound of the same order,
    /// without a branch on every instruction.
    #[must_use]
    pub fn static_steps(&self) -> u64 {
        let mut steps = 0;
        let mut stack: Vec<&Node> = vec![self];
        while let Some(node) = stack.pop() {
            steps += 1;
            match node {
                Node::Comprehension { range, .. } => stack.push(range),
                other => other.push_operands(&mut stack),
            }
        }
        steps
    }

    /// Pushes the instruction's operands onto `stack`.
    pub(crate) fn push_operands<'n>(&'n self, stack: &mut Vec<&'n Node>) {
        match self {
            Node::Const(_)
            | Node::Element
            | Node::AsOf
            | Node::Profile
            | Node::ElementMap(_)
            | Node::Var(_)
            | Node::VarRecord(_)
            | Node::ElementField(_)
            | Node::ElementHas(_) => {}
            Node::Field { operand, .. }
            | Node::HasField { operand, .. }
            | Node::MapSelect { operand, .. }
            | Node::HasMapKey { operand, .. }
            | Node::IndexElement { key: operand, .. }
            | Node::Not(operand)
            | Node::Neg(operand)
            | Node::Size(operand)
            | Node::InElements(operand, _)
            | Node::Matches {
                receiver: operand, ..
            } => stack.push(operand),
            Node::IndexList { list: a, index: b }
            | Node::IndexMap { map: a, key: b }
            | Node::And(a, b)
            | Node::Or(a, b)
            | Node::Equals { lhs: a, rhs: b, .. }
            | Node::Compare { lhs: a, rhs: b, .. }
            | Node::Arith { lhs: a, rhs: b, .. }
            | Node::Concat(a, b)
            | Node::ListConcat(a, b)
            | Node::InList(a, b)
            | Node::InMap(a, b)
            | Node::StringTest {
                receiver: a,
                argument: b,
                ..
            } => {
                stack.push(a);
                stack.push(b);
            }
            Node::Cond(a, b, c) => {
                stack.push(a);
                stack.push(b);
                stack.push(c);
            }
            Node::ListLiteral(items) | Node::Call { args: items, .. } => stack.extend(items),
            Node::MapLiteral(entries) => {
                for (key, value) in entries {
                    stack.push(key);
                    stack.push(value);
                }
            }
            Node::Comprehension {
                range,
                filter,
                body,
                ..
            } => {
                stack.push(range);
                stack.extend(filter.as_deref());
                stack.push(body);
            }
        }
    }
}
