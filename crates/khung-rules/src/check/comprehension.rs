//! Checking list macros (`all`, `exists`, `exists_one`, `map`, `filter`) and their bounds: a
//! comprehension over a model map nested inside another one is `unbounded-rule`.

use khung_diag::{Code, Message, Span};

use crate::cel::ast::{ComprehensionKind, Expr, ExprKind};
use crate::check::{Checker, Typed};
use crate::eval::program::Node;
use crate::schema::Type;

impl Checker<'_> {
    #[expect(clippy::too_many_arguments, reason = "the parts of one comprehension")]
    pub(super) fn comprehension(
        &mut self,
        kind: ComprehensionKind,
        range: &Expr,
        var: &str,
        var_span: Span,
        filter: Option<&Expr>,
        body: &Expr,
        span: Span,
    ) -> Option<Typed> {
        let range_typed = self.check(range)?;
        let (var_type, over_model_map) = match &range_typed.ty {
            Type::List(item) => ((**item).clone(), range_typed.from_model_map),
            Type::Map(key, _) => ((**key).clone(), false),
            Type::ElementMap(_) => (Type::String, true),
            other => {
                let message = Message::new("cel-not-iterable").arg("type", other.display());
                self.error(Code::TypeMismatch, range.span, message);
                return None;
            }
        };
        let range_text = describe_range(range);
        if over_model_map {
            if let Some(outer) = self.open_model_maps.last().cloned() {
                self.error(
                    Code::UnboundedRule,
                    range.span,
                    Message::new("unbounded-rule")
                        .arg("inner", range_text.clone())
                        .arg("outer", outer),
                );
            }
            self.open_model_maps.push(range_text);
        }
        let ranges_over = match &range_typed.ty {
            Type::ElementMap(kind) => Some(*kind),
            _ => None,
        };
        self.scopes
            .push((var.to_owned(), var_type.clone(), ranges_over));
        self.slots = self.slots.max(self.scopes.len());
        let slot = self.scopes.len() - 1;
        let filter_typed = filter.map(|filter| (self.check(filter), filter.span));
        let body_typed = self.check(body);
        self.scopes.pop();
        if over_model_map {
            self.open_model_maps.pop();
        }
        let _ = var_span;
        let filter_node = match filter_typed {
            Some((typed, filter_span)) => Some(Box::new(
                self.expect(typed?, &Type::Bool, filter_span)?.node,
            )),
            None => None,
        };
        let body_typed = body_typed?;
        let (ty, body_node) = match kind {
            ComprehensionKind::Map => {
                (Type::List(Box::new(body_typed.ty.clone())), body_typed.node)
            }
            ComprehensionKind::Filter => {
                let body_typed = self.expect(body_typed, &Type::Bool, body.span)?;
                (Type::List(Box::new(var_type)), body_typed.node)
            }
            _ => {
                let body_typed = self.expect(body_typed, &Type::Bool, body.span)?;
                (Type::Bool, body_typed.node)
            }
        };
        let _ = span;
        let body_steps = body_node.static_steps()
            + filter_node
                .as_ref()
                .map_or(0, |filter| filter.static_steps());
        Some(Typed {
            node: Node::Comprehension {
                kind,
                range: Box::new(range_typed.node),
                slot,
                filter: filter_node,
                body: Box::new(body_node),
                body_steps,
            },
            from_model_map: over_model_map && matches!(ty, Type::List(_)),
            ty,
        })
    }
}

/// A short description of a comprehension's range for messages (`systems`, `flows.filter(…)`).
fn describe_range(range: &Expr) -> String {
    match &range.kind {
        ExprKind::Ident(name) => name.clone(),
        ExprKind::Comprehension { range, kind, .. } => {
            format!("{}.{}(…)", describe_range(range), kind.name())
        }
        ExprKind::Call { name, .. } => format!("{name}(…)"),
        _ => "…".to_owned(),
    }
}
