//! The type checker: checks an expanded expression against the model schema and compiles it
//! into a [`Program`]. Every problem is a diagnostic with the span of the offending part:
//! `unknown-field` (with "did you mean"), `unknown-function`, `type-mismatch`,
//! `unbounded-rule`, `unsupported-expression`.

mod calls;
mod comprehension;
mod fold;
mod operators;

use khung_diag::{Code, Diagnostic, Message, Span, closest};
use khung_model::ElementKind;

use crate::cel::ast::{Expr, ExprKind};
use crate::eval::program::{Node, Program};
use crate::eval::run::map_name;
use crate::eval::value::Value;
use crate::schema::{RecordKind, Type, field_named, fields_of};

pub(crate) use fold::to_static;

/// What an expression may refer to.
#[derive(Debug, Clone)]
pub struct Environment {
    /// The kind of the element under test (its variable is the kind's name); `None` for
    /// expressions outside a rule (constants).
    pub element: Option<ElementKind>,
    /// Names of constants, for "did you mean" (constants are substituted before checking).
    pub constant_names: Vec<String>,
}

/// A checked, compiled expression and its type.
#[derive(Debug)]
pub struct Checked {
    /// The program.
    pub program: Program,
    /// Its type.
    pub ty: Type,
}

/// Checks and compiles `expr`; `expected` (if any) is the type the context needs.
pub fn check(
    expr: &Expr,
    env: &Environment,
    expected: Option<&Type>,
) -> Result<Checked, Vec<Diagnostic>> {
    let mut checker = Checker {
        env,
        scopes: Vec::new(),
        slots: 0,
        open_model_maps: Vec::new(),
        diagnostics: Vec::new(),
    };
    let typed = checker.check(expr);
    if let (Some(typed), Some(expected)) = (&typed, expected)
        && !typed.ty.compatible(expected)
    {
        checker.mismatch(expr.span, expected, &typed.ty);
    }
    match typed {
        Some(typed) if checker.diagnostics.is_empty() => Ok(Checked {
            program: Program::new(typed.node, checker.slots),
            ty: typed.ty,
        }),
        _ => Err(checker.diagnostics),
    }
}

struct Typed {
    node: Node,
    ty: Type,
    /// A list computed from a model map (so iterating it costs as much as the map).
    from_model_map: bool,
}

impl Typed {
    fn new(node: Node, ty: Type) -> Typed {
        Typed {
            node,
            ty,
            from_model_map: false,
        }
    }
}

struct Checker<'e> {
    env: &'e Environment,
    /// Comprehension variables: name, type, and the model map they range over (if one).
    scopes: Vec<(String, Type, Option<ElementKind>)>,
    slots: usize,
    open_model_maps: Vec<String>,
    diagnostics: Vec<Diagnostic>,
}

const MAP_KINDS: [ElementKind; 8] = ElementKind::ALL;

fn element_map_named(name: &str) -> Option<ElementKind> {
    MAP_KINDS.into_iter().find(|kind| map_name(*kind) == name)
}

impl Checker<'_> {
    fn error(&mut self, code: Code, span: Span, message: Message) {
        self.diagnostics.push(Diagnostic::new(code, span, message));
    }

    fn mismatch(&mut self, span: Span, expected: &Type, actual: &Type) {
        self.error(
            Code::TypeMismatch,
            span,
            Message::new("cel-expected")
                .arg("expected", expected.display())
                .arg("actual", actual.display()),
        );
    }

    fn expect(&mut self, typed: Typed, expected: &Type, span: Span) -> Option<Typed> {
        if typed.ty.compatible(expected) {
            Some(typed)
        } else {
            self.mismatch(span, expected, &typed.ty);
            None
        }
    }

    /// Folds a node when it reads only constants.
    fn finish(&mut self, node: Node, ty: Type, span: Span) -> Option<Typed> {
        if fold::foldable(&node) {
            match fold::fold(node) {
                Ok(node) => return Some(Typed::new(node, ty)),
                Err(error) => {
                    let text = match &error {
                        crate::eval::error::EvalError::InvalidDate { text } => text.clone(),
                        other => format!("{other:?}"),
                    };
                    self.error(
                        Code::RulePackInvalid,
                        span,
                        Message::new("cel-constant-fails").arg("detail", text),
                    );
                    return None;
                }
            }
        }
        Some(Typed::new(node, ty))
    }

    fn check(&mut self, expr: &Expr) -> Option<Typed> {
        let span = expr.span;
        match &expr.kind {
            ExprKind::Bool(value) => Some(Typed::new(Node::Const(Value::Bool(*value)), Type::Bool)),
            ExprKind::Int(value) => Some(Typed::new(Node::Const(Value::Int(*value)), Type::Int)),
            ExprKind::Str(text) => Some(Typed::new(
                Node::Const(to_static(&Value::str(text))),
                Type::String,
            )),
            ExprKind::Ident(name) => self.ident(name, span),
            ExprKind::Select {
                operand,
                field,
                field_span,
            } => self.select(operand, field, *field_span, false),
            ExprKind::Has {
                operand,
                field,
                field_span,
            } => self.select(operand, field, *field_span, true),
            ExprKind::Index { operand, index } => self.index(operand, index, span),
            ExprKind::Not(operand) => {
                let operand = self.check(operand)?;
                let operand = self.expect(operand, &Type::Bool, span)?;
                self.finish(Node::Not(Box::new(operand.node)), Type::Bool, span)
            }
            ExprKind::Neg(operand) => {
                let operand = self.check(operand)?;
                let operand = self.expect(operand, &Type::Int, span)?;
                self.finish(Node::Neg(Box::new(operand.node)), Type::Int, span)
            }
            ExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, span),
            ExprKind::Cond {
                cond,
                then,
                otherwise,
            } => {
                let cond_typed = self.check(cond);
                let then_typed = self.check(then);
                let otherwise_typed = self.check(otherwise);
                let cond_typed = self.expect(cond_typed?, &Type::Bool, cond.span)?;
                let (then_typed, otherwise_typed) = (then_typed?, otherwise_typed?);
                if !then_typed.ty.compatible(&otherwise_typed.ty) {
                    self.error(
                        Code::TypeMismatch,
                        span,
                        Message::new("cel-branches-differ")
                            .arg("left", then_typed.ty.display())
                            .arg("right", otherwise_typed.ty.display()),
                    );
                    return None;
                }
                let ty = then_typed.ty.unify(&otherwise_typed.ty);
                let node = Node::Cond(
                    Box::new(cond_typed.node),
                    Box::new(then_typed.node),
                    Box::new(otherwise_typed.node),
                );
                self.finish(node, ty, span)
            }
            ExprKind::List(items) => {
                let typed: Vec<Option<Typed>> = items.iter().map(|item| self.check(item)).collect();
                let mut ty = Type::Any;
                let mut nodes = Vec::new();
                for (item, expr) in typed.into_iter().zip(items) {
                    let item = item?;
                    if !ty.compatible(&item.ty) {
                        self.error(
                            Code::TypeMismatch,
                            expr.span,
                            Message::new("cel-list-items-differ")
                                .arg("left", ty.display())
                                .arg("right", item.ty.display()),
                        );
                        return None;
                    }
                    ty = ty.unify(&item.ty);
                    nodes.push(item.node);
                }
                self.finish(Node::ListLiteral(nodes), Type::List(Box::new(ty)), span)
            }
            ExprKind::Map(entries) => {
                let mut key_type = Type::Any;
                let mut value_type = Type::Any;
                let mut nodes = Vec::new();
                for (key, value) in entries {
                    let key_typed = self.check(key);
                    let value_typed = self.check(value);
                    let (key_typed, value_typed) = (key_typed?, value_typed?);
                    if !matches!(key_typed.ty, Type::String | Type::Int)
                        || !key_type.compatible(&key_typed.ty)
                    {
                        self.mismatch(key.span, &Type::String, &key_typed.ty);
                        return None;
                    }
                    if !value_type.compatible(&value_typed.ty) {
                        self.error(
                            Code::TypeMismatch,
                            value.span,
                            Message::new("cel-list-items-differ")
                                .arg("left", value_type.display())
                                .arg("right", value_typed.ty.display()),
                        );
                        return None;
                    }
                    key_type = key_type.unify(&key_typed.ty);
                    value_type = value_type.unify(&value_typed.ty);
                    nodes.push((key_typed.node, value_typed.node));
                }
                self.finish(
                    Node::MapLiteral(nodes),
                    Type::Map(Box::new(key_type), Box::new(value_type)),
                    span,
                )
            }
            ExprKind::Call {
                name,
                name_span,
                target,
                args,
            } => self.call(name, *name_span, target.as_deref(), args, span),
            ExprKind::Comprehension {
                kind,
                range,
                var,
                var_span,
                filter,
                body,
            } => self.comprehension(*kind, range, var, *var_span, filter.as_deref(), body, span),
        }
    }

    fn ident(&mut self, name: &str, span: Span) -> Option<Typed> {
        if let Some(slot) = self.scopes.iter().rposition(|(var, _, _)| var == name) {
            let ty = self.scopes[slot].1.clone();
            return Some(Typed::new(Node::Var(slot), ty));
        }
        if let Some(kind) = self.env.element
            && kind.as_str() == name
        {
            return Some(Typed::new(
                Node::Element,
                Type::Record(RecordKind::Element(kind)),
            ));
        }
        match name {
            "as_of" => return Some(Typed::new(Node::AsOf, Type::Date)),
            "profile" => return Some(Typed::new(Node::Profile, Type::String)),
            _ => {}
        }
        if let Some(kind) = element_map_named(name) {
            return Some(Typed::new(Node::ElementMap(kind), Type::ElementMap(kind)));
        }
        let mut candidates: Vec<String> = vec!["as_of".to_owned(), "profile".to_owned()];
        candidates.extend(MAP_KINDS.iter().map(|kind| map_name(*kind).to_owned()));
        candidates.extend(self.env.element.map(|kind| kind.as_str().to_owned()));
        candidates.extend(self.scopes.iter().map(|(var, _, _)| var.clone()));
        candidates.extend(self.env.constant_names.iter().cloned());
        candidates.sort();
        let suggestion = closest(name, candidates.iter().map(String::as_str))
            .map(|name| Message::new("did-you-mean").arg("name", name.to_owned()));
        self.diagnostics.push(
            Diagnostic::new(
                Code::UnknownField,
                span,
                Message::new("cel-unknown-variable").arg("name", name.to_owned()),
            )
            .with_optional_help(suggestion),
        );
        None
    }

    fn select(
        &mut self,
        operand: &Expr,
        field: &str,
        field_span: Span,
        test: bool,
    ) -> Option<Typed> {
        let span = operand.span.cover(field_span);
        let operand_typed = self.check(operand)?;
        match &operand_typed.ty {
            Type::Record(kind) => {
                let kind = *kind;
                let Some(schema) = field_named(kind, field) else {
                    let suggestion = closest(field, fields_of(kind).iter().map(|f| f.name))
                        .map(|name| Message::new("did-you-mean").arg("name", name));
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::UnknownField,
                            field_span,
                            Message::new("unknown-field")
                                .arg("kind", kind.name())
                                .arg("name", field.to_owned()),
                        )
                        .with_optional_help(suggestion),
                    );
                    return None;
                };
                let ty = if test {
                    Type::Bool
                } else {
                    schema.ty.cel_type()
                };
                let node = match (operand_typed.node, test) {
                    // Fused: the most common access, one step instead of two.
                    (Node::Element, true) => Node::ElementHas(schema),
                    (Node::Element, false) => Node::ElementField(schema),
                    (operand, true) => Node::HasField {
                        operand: Box::new(operand),
                        field: schema,
                    },
                    (operand, false) => Node::Field {
                        operand: Box::new(operand),
                        field: schema,
                    },
                };
                Some(Typed::new(node, ty))
            }
            Type::Map(key, value) if **key == Type::String || **key == Type::Any => {
                let value = (**value).clone();
                let operand = Box::new(operand_typed.node);
                let key = std::sync::Arc::from(field);
                if test {
                    self.finish(Node::HasMapKey { operand, key }, Type::Bool, span)
                } else {
                    self.finish(Node::MapSelect { operand, key }, value, span)
                }
            }
            other => {
                let message = Message::new("cel-no-fields").arg("type", other.display());
                self.error(Code::TypeMismatch, field_span, message);
                None
            }
        }
    }

    fn index(&mut self, operand: &Expr, index: &Expr, span: Span) -> Option<Typed> {
        let operand_typed = self.check(operand);
        let index_typed = self.check(index);
        let (operand_typed, index_typed) = (operand_typed?, index_typed?);
        match operand_typed.ty.clone() {
            Type::ElementMap(kind) => {
                let key = self.expect(index_typed, &Type::String, index.span)?;
                // `systems[k]` inside `systems.exists(k, …)`: the record is already at hand.
                if let Node::Var(slot) = key.node
                    && self
                        .scopes
                        .get(slot)
                        .is_some_and(|scope| scope.2 == Some(kind))
                {
                    return Some(Typed::new(
                        Node::VarRecord(slot),
                        Type::Record(RecordKind::Element(kind)),
                    ));
                }
                Some(Typed::new(
                    Node::IndexElement {
                        kind,
                        key: Box::new(key.node),
                    },
                    Type::Record(RecordKind::Element(kind)),
                ))
            }
            Type::List(item) => {
                let position = self.expect(index_typed, &Type::Int, index.span)?;
                let node = Node::IndexList {
                    list: Box::new(operand_typed.node),
                    index: Box::new(position.node),
                };
                self.finish(node, *item, span)
            }
            Type::Map(key, value) => {
                let key_typed = self.expect(index_typed, &key, index.span)?;
                let node = Node::IndexMap {
                    map: Box::new(operand_typed.node),
                    key: Box::new(key_typed.node),
                };
                self.finish(node, *value, span)
            }
            other => {
                let message = Message::new("cel-not-indexable").arg("type", other.display());
                self.error(Code::TypeMismatch, operand.span, message);
                None
            }
        }
    }
}
