//! Pack macros and constants: expanded into an expression before it is checked. Expansion is
//! hygienic (a comprehension variable inside a macro never captures an argument) and points
//! every expanded node at the use site. Recursion is refused when the pack is loaded.

use std::collections::{BTreeMap, BTreeSet};

use khung_diag::{Code, Diagnostic, Message};

use crate::cel::ast::{Expr, ExprKind};

/// A `macro "name(a, b)" "body"`.
#[derive(Debug, Clone)]
pub struct MacroDef {
    /// The name.
    pub name: String,
    /// The parameter names.
    pub params: Vec<String>,
    /// The body, with spans in `pack.kdl`.
    pub body: Expr,
}

/// The constants and macros visible to one pack (its own and its ancestors').
#[derive(Debug, Clone, Default)]
pub struct Definitions {
    /// Constants by name (already expanded).
    pub consts: BTreeMap<String, Expr>,
    /// Macros by name.
    pub macros: BTreeMap<String, MacroDef>,
}

/// Deepest macro nesting accepted (a second guard besides the recursion check).
const MAX_EXPANSION_DEPTH: usize = 32;

/// Parses a macro head `name(a, b)`.
#[must_use]
pub fn parse_macro_head(head: &str) -> Option<(String, Vec<String>)> {
    let (name, rest) = head.trim().split_once('(')?;
    let params = rest.trim().strip_suffix(')')?;
    let is_ident = |text: &str| {
        let mut chars = text.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let name = name.trim();
    let params: Vec<String> = if params.trim().is_empty() {
        Vec::new()
    } else {
        params.split(',').map(|p| p.trim().to_owned()).collect()
    };
    (is_ident(name) && params.iter().all(|p| is_ident(p))).then(|| (name.to_owned(), params))
}

/// The macros a body calls (for the recursion check).
#[must_use]
pub fn called_macros(expr: &Expr, macros: &BTreeMap<String, MacroDef>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    collect_calls(expr, macros, &mut found);
    found
}

fn collect_calls(expr: &Expr, macros: &BTreeMap<String, MacroDef>, found: &mut BTreeSet<String>) {
    if let ExprKind::Call {
        name, target: None, ..
    } = &expr.kind
        && macros.contains_key(name)
    {
        found.insert(name.clone());
    }
    let mut copy = expr.clone();
    copy.for_each_child_mut(|child| collect_calls(child, macros, found));
}

/// Expands every macro call and constant in `expr`.
pub fn expand(expr: &Expr, definitions: &Definitions, diagnostics: &mut Vec<Diagnostic>) -> Expr {
    let mut expander = Expander {
        definitions,
        counter: 0,
        diagnostics,
    };
    let mut expr = expr.clone();
    expander.expand(&mut expr, &BTreeSet::new(), 0);
    expr
}

struct Expander<'d> {
    definitions: &'d Definitions,
    counter: usize,
    diagnostics: &'d mut Vec<Diagnostic>,
}

impl Expander<'_> {
    fn expand(&mut self, expr: &mut Expr, bound: &BTreeSet<String>, depth: usize) {
        // Children first, with comprehension variables bound in their bodies.
        if let ExprKind::Comprehension {
            range,
            var,
            filter,
            body,
            ..
        } = &mut expr.kind
        {
            self.expand(range, bound, depth);
            let mut inner = bound.clone();
            inner.insert(var.clone());
            if let Some(filter) = filter {
                self.expand(filter, &inner, depth);
            }
            self.expand(body, &inner, depth);
            return;
        }
        expr.for_each_child_mut(|child| self.expand(child, bound, depth));
        match &expr.kind {
            ExprKind::Ident(name) if !bound.contains(name) => {
                if let Some(value) = self.definitions.consts.get(name) {
                    let mut value = value.clone();
                    value.set_span_deep(expr.span);
                    *expr = value;
                }
            }
            ExprKind::Call {
                name,
                target: None,
                args,
                name_span,
            } => {
                let Some(definition) = self.definitions.macros.get(name) else {
                    return;
                };
                if definition.params.len() != args.len() {
                    self.diagnostics.push(Diagnostic::new(
                        Code::UnknownFunction,
                        *name_span,
                        Message::new("cel-wrong-arity")
                            .arg("name", name.clone())
                            .arg("expected", definition.params.len().to_string())
                            .arg("actual", args.len().to_string()),
                    ));
                    return;
                }
                if depth >= MAX_EXPANSION_DEPTH {
                    self.diagnostics.push(Diagnostic::new(
                        Code::RulePackInvalid,
                        *name_span,
                        Message::new("pack-macro-recursive").arg("name", name.clone()),
                    ));
                    return;
                }
                let mut body = definition.body.clone();
                body.set_span_deep(expr.span);
                self.counter += 1;
                rename_bound(&mut body, self.counter);
                let arguments: BTreeMap<&str, &Expr> = definition
                    .params
                    .iter()
                    .map(String::as_str)
                    .zip(args.iter())
                    .collect();
                substitute(&mut body, &arguments, &BTreeSet::new());
                // Macros inside the body (and inside the arguments, already expanded).
                self.expand(&mut body, bound, depth + 1);
                *expr = body;
            }
            _ => {}
        }
    }
}

/// Renames every comprehension variable of a macro body to a name no rule can write.
fn rename_bound(expr: &mut Expr, counter: usize) {
    if let ExprKind::Comprehension {
        var,
        filter,
        body,
        range,
        ..
    } = &mut expr.kind
    {
        rename_bound(range, counter);
        let fresh = format!("{var}#{counter}");
        if let Some(filter) = filter {
            rename_ident(filter, var, &fresh);
            rename_bound(filter, counter);
        }
        rename_ident(body, var, &fresh);
        rename_bound(body, counter);
        *var = fresh;
        return;
    }
    expr.for_each_child_mut(|child| rename_bound(child, counter));
}

fn rename_ident(expr: &mut Expr, from: &str, to: &str) {
    match &mut expr.kind {
        ExprKind::Ident(name) if name == from => *name = to.to_owned(),
        ExprKind::Comprehension { var, range, .. } if var == from => {
            // Rebound inside: only the range still sees the outer variable.
            rename_ident(range, from, to);
        }
        _ => expr.for_each_child_mut(|child| rename_ident(child, from, to)),
    }
}

/// Replaces parameter names by the call's arguments (not where a comprehension rebinds them).
fn substitute(expr: &mut Expr, arguments: &BTreeMap<&str, &Expr>, bound: &BTreeSet<String>) {
    match &mut expr.kind {
        ExprKind::Ident(name) if !bound.contains(name.as_str()) => {
            if let Some(argument) = arguments.get(name.as_str()) {
                *expr = (*argument).clone();
            }
        }
        ExprKind::Comprehension {
            var,
            range,
            filter,
            body,
            ..
        } => {
            substitute(range, arguments, bound);
            let mut inner = bound.clone();
            inner.insert(var.clone());
            if let Some(filter) = filter {
                substitute(filter, arguments, &inner);
            }
            substitute(body, arguments, &inner);
        }
        _ => expr.for_each_child_mut(|child| substitute(child, arguments, bound)),
    }
}
