//! Checking operators: logic, comparisons (with ISO date literals converted), arithmetic, `in`.

use jiff::civil::Date;
use khung_diag::{Code, Message, Span};

use crate::cel::ast::{BinaryOp, Expr, ExprKind};
use crate::check::{Checker, Typed};
use crate::eval::program::{ArithOp, CompareOp, Node};
use crate::eval::value::Value;
use crate::schema::Type;

impl Checker<'_> {
    /// An ISO date literal compared with a date becomes a date constant.
    fn date_literal(&mut self, expr: &Expr, typed: Typed, other: &Type) -> Option<Typed> {
        if *other != Type::Date || typed.ty != Type::String {
            return Some(typed);
        }
        let ExprKind::Str(text) = &expr.kind else {
            return Some(typed);
        };
        let well_formed = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        match text.parse::<Date>() {
            Ok(date) if well_formed => {
                Some(Typed::new(Node::Const(Value::Date(Some(date))), Type::Date))
            }
            _ => {
                self.error(
                    Code::TypeMismatch,
                    expr.span,
                    Message::new("cel-invalid-date-literal").arg("text", text.clone()),
                );
                None
            }
        }
    }

    pub(super) fn binary(
        &mut self,
        op: BinaryOp,
        lhs: &Expr,
        rhs: &Expr,
        span: Span,
    ) -> Option<Typed> {
        let lhs_typed = self.check(lhs);
        let rhs_typed = self.check(rhs);
        let (mut left, mut right) = (lhs_typed?, rhs_typed?);
        if matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        ) {
            let right_ty = right.ty.clone();
            left = self.date_literal(lhs, left, &right_ty)?;
            let left_ty = left.ty.clone();
            right = self.date_literal(rhs, right, &left_ty)?;
        }
        let operator_error = |checker: &mut Checker<'_>, left: &Type, right: &Type| {
            checker.error(
                Code::TypeMismatch,
                span,
                Message::new("cel-operator-types")
                    .arg("op", op.symbol())
                    .arg("left", left.display())
                    .arg("right", right.display()),
            );
            None
        };
        let (l, r) = (Box::new(left.node), Box::new(right.node));
        let (node, ty) = match op {
            BinaryOp::And | BinaryOp::Or => {
                if left.ty != Type::Bool || right.ty != Type::Bool {
                    return operator_error(self, &left.ty, &right.ty);
                }
                let node = if op == BinaryOp::And {
                    Node::And(l, r)
                } else {
                    Node::Or(l, r)
                };
                (node, Type::Bool)
            }
            BinaryOp::Eq | BinaryOp::Ne => {
                let comparable = !matches!(left.ty, Type::Record(_) | Type::ElementMap(_));
                if !comparable || !left.ty.compatible(&right.ty) {
                    return operator_error(self, &left.ty, &right.ty);
                }
                (
                    Node::Equals {
                        lhs: l,
                        rhs: r,
                        negate: op == BinaryOp::Ne,
                    },
                    Type::Bool,
                )
            }
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                let ordered = matches!(
                    (&left.ty, &right.ty),
                    (Type::Int, Type::Int)
                        | (Type::String, Type::String)
                        | (Type::Date, Type::Date)
                );
                if !ordered {
                    return operator_error(self, &left.ty, &right.ty);
                }
                let op = match op {
                    BinaryOp::Lt => CompareOp::Lt,
                    BinaryOp::Le => CompareOp::Le,
                    BinaryOp::Gt => CompareOp::Gt,
                    _ => CompareOp::Ge,
                };
                (Node::Compare { op, lhs: l, rhs: r }, Type::Bool)
            }
            BinaryOp::Add => match (&left.ty, &right.ty) {
                (Type::Int, Type::Int) => (
                    Node::Arith {
                        op: ArithOp::Add,
                        lhs: l,
                        rhs: r,
                    },
                    Type::Int,
                ),
                (Type::String, Type::String) => (Node::Concat(l, r), Type::String),
                (Type::List(a), Type::List(b)) if a.compatible(b) => {
                    (Node::ListConcat(l, r), Type::List(Box::new(a.unify(b))))
                }
                _ => return operator_error(self, &left.ty, &right.ty),
            },
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div | BinaryOp::Rem => {
                if left.ty != Type::Int || right.ty != Type::Int {
                    return operator_error(self, &left.ty, &right.ty);
                }
                let op = match op {
                    BinaryOp::Sub => ArithOp::Sub,
                    BinaryOp::Mul => ArithOp::Mul,
                    BinaryOp::Div => ArithOp::Div,
                    _ => ArithOp::Rem,
                };
                (Node::Arith { op, lhs: l, rhs: r }, Type::Int)
            }
            BinaryOp::In => match &right.ty {
                Type::List(item) if item.compatible(&left.ty) => (Node::InList(l, r), Type::Bool),
                Type::Map(key, _) if key.compatible(&left.ty) => (Node::InMap(l, r), Type::Bool),
                Type::ElementMap(kind) if left.ty == Type::String => {
                    (Node::InElements(l, *kind), Type::Bool)
                }
                _ => return operator_error(self, &left.ty, &right.ty),
            },
        };
        self.finish(node, ty, span)
    }
}
