//! khung's own CEL syntax tree: the subset rules may use, each node with its span in the rule
//! file. Built from the `cel` crate's tree by [`super::parse`]; nothing else sees that crate.

use khung_diag::Span;

/// One expression with the span it was written at.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// Where it is in the rule file (the use site for macro and constant expansions).
    pub span: Span,
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `&&`
    And,
    /// `||`
    Or,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
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
    /// `in`
    In,
}

impl BinaryOp {
    /// The operator as written.
    #[must_use]
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::And => "&&",
            BinaryOp::Or => "||",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::In => "in",
        }
    }
}

/// The list macros.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    /// `r.all(x, p)`
    All,
    /// `r.exists(x, p)`
    Exists,
    /// `r.exists_one(x, p)`
    ExistsOne,
    /// `r.map(x, t)` or `r.map(x, p, t)`
    Map,
    /// `r.filter(x, p)`
    Filter,
}

impl ComprehensionKind {
    /// The macro name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            ComprehensionKind::All => "all",
            ComprehensionKind::Exists => "exists",
            ComprehensionKind::ExistsOne => "exists_one",
            ComprehensionKind::Map => "map",
            ComprehensionKind::Filter => "filter",
        }
    }

    /// The macro of a receiver call name, if it is one.
    #[must_use]
    pub fn from_name(name: &str) -> Option<ComprehensionKind> {
        match name {
            "all" => Some(ComprehensionKind::All),
            "exists" => Some(ComprehensionKind::Exists),
            "exists_one" | "existsOne" => Some(ComprehensionKind::ExistsOne),
            "map" => Some(ComprehensionKind::Map),
            "filter" => Some(ComprehensionKind::Filter),
            _ => None,
        }
    }
}

/// The kinds of expression.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `true` / `false`
    Bool(bool),
    /// An integer literal.
    Int(i64),
    /// A string literal.
    Str(String),
    /// A variable, constant or map name.
    Ident(String),
    /// `operand.field`
    Select {
        /// The record or map.
        operand: Box<Expr>,
        /// The field name.
        field: String,
        /// The span of the field name.
        field_span: Span,
    },
    /// `has(operand.field)`
    Has {
        /// The record or map.
        operand: Box<Expr>,
        /// The field name.
        field: String,
        /// The span of the field name.
        field_span: Span,
    },
    /// `operand[index]`
    Index {
        /// The map or list.
        operand: Box<Expr>,
        /// The key or position.
        index: Box<Expr>,
    },
    /// `!operand`
    Not(Box<Expr>),
    /// `-operand`
    Neg(Box<Expr>),
    /// `lhs op rhs`
    Binary {
        /// The operator.
        op: BinaryOp,
        /// Left operand.
        lhs: Box<Expr>,
        /// Right operand.
        rhs: Box<Expr>,
    },
    /// `cond ? then : otherwise`
    Cond {
        /// The condition.
        cond: Box<Expr>,
        /// Value when true.
        then: Box<Expr>,
        /// Value when false.
        otherwise: Box<Expr>,
    },
    /// `[a, b]`
    List(Vec<Expr>),
    /// `{k: v}`
    Map(Vec<(Expr, Expr)>),
    /// `name(args)` or `target.name(args)` (functions, methods, pack macros)
    Call {
        /// The function name.
        name: String,
        /// The span of the name.
        name_span: Span,
        /// The receiver of a method call.
        target: Option<Box<Expr>>,
        /// The arguments.
        args: Vec<Expr>,
    },
    /// A list macro.
    Comprehension {
        /// Which macro.
        kind: ComprehensionKind,
        /// What it iterates over.
        range: Box<Expr>,
        /// The iteration variable.
        var: String,
        /// The span of the variable.
        var_span: Span,
        /// `map(x, filter, t)`: the filter.
        filter: Option<Box<Expr>>,
        /// The predicate (all/exists/exists_one/filter) or the transform (map).
        body: Box<Expr>,
    },
}

impl Expr {
    /// An expression.
    #[must_use]
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// Calls `visit` on every direct sub-expression.
    pub fn for_each_child_mut(&mut self, mut visit: impl FnMut(&mut Expr)) {
        match &mut self.kind {
            ExprKind::Bool(_) | ExprKind::Int(_) | ExprKind::Str(_) | ExprKind::Ident(_) => {}
            ExprKind::Select { operand, .. } | ExprKind::Has { operand, .. } => visit(operand),
            ExprKind::Not(operand) | ExprKind::Neg(operand) => visit(operand),
            ExprKind::Index { operand, index } => {
                visit(operand);
                visit(index);
            }
            ExprKind::Binary { lhs, rhs, .. } => {
                visit(lhs);
                visit(rhs);
            }
            ExprKind::Cond {
                cond,
                then,
                otherwise,
            } => {
                visit(cond);
                visit(then);
                visit(otherwise);
            }
            ExprKind::List(items) => items.iter_mut().for_each(visit),
            ExprKind::Map(entries) => {
                for (key, value) in entries {
                    visit(key);
                    visit(value);
                }
            }
            ExprKind::Call { target, args, .. } => {
                if let Some(target) = target {
                    visit(target);
                }
                args.iter_mut().for_each(visit);
            }
            ExprKind::Comprehension {
                range,
                filter,
                body,
                ..
            } => {
                visit(range);
                if let Some(filter) = filter {
                    visit(filter);
                }
                visit(body);
            }
        }
    }

    /// Sets the span of this expression and of every sub-expression (macro and constant
    /// expansions point at their use site).
    pub fn set_span_deep(&mut self, span: Span) {
        self.span = span;
        match &mut self.kind {
            ExprKind::Select { field_span, .. } | ExprKind::Has { field_span, .. } => {
                *field_span = span;
            }
            ExprKind::Call { name_span, .. } => *name_span = span,
            ExprKind::Comprehension { var_span, .. } => *var_span = span,
            _ => {}
        }
        self.for_each_child_mut(|child| child.set_span_deep(span));
    }
}
