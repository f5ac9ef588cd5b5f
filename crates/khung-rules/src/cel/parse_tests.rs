//! Tests of the CEL parse wrapper: spans, syntax errors, the subset.

use khung_diag::{Code, Diagnostic, FileId, Span};

use crate::cel::ast::{Expr, ExprKind};
use crate::cel::parse::{TextLocation, parse_expression};

fn parse(text: &str) -> Result<Expr, Vec<Diagnostic>> {
    parse_expression(text, TextLocation::verbatim(FileId(0), 0, text.len()))
}

fn text_of(text: &str, span: Span) -> &str {
    &text[span.range()]
}

#[test]
fn spans_point_at_the_written_text() {
    let text = "has(system.security_level) && flows_from(system.id).exists(f, f != 'ủy')";
    let expr = parse(text).unwrap();
    let ExprKind::Binary { lhs, rhs, .. } = &expr.kind else {
        panic!("{expr:?}")
    };
    assert_eq!(text_of(text, lhs.span), "has(system.security_level)");
    let ExprKind::Has { field_span, .. } = &lhs.kind else {
        panic!()
    };
    assert_eq!(text_of(text, *field_span), "security_level");
    let ExprKind::Comprehension {
        range, var, body, ..
    } = &rhs.kind
    else {
        panic!("{rhs:?}")
    };
    assert_eq!(var, "f");
    assert_eq!(text_of(text, range.span), "flows_from(system.id)");
    assert_eq!(text_of(text, body.span), "f != 'ủy'");
    assert_eq!(text_of(text, expr.span), text);
}

#[test]
fn syntax_errors_and_unsupported_constructs_are_diagnostics() {
    let errors = parse("a.b ==").unwrap_err();
    assert_eq!(errors[0].code, Code::RulePackSyntax);
    assert_eq!(errors[0].primary_span().unwrap().start, 6);
    let errors = parse("1.5 > x").unwrap_err();
    assert_eq!(errors[0].code, Code::UnsupportedExpression);
    assert_eq!(text_of("1.5 > x", errors[0].primary_span().unwrap()), "1.5");
}

#[test]
fn negative_literals_fold() {
    assert_eq!(parse("-3").unwrap().kind, ExprKind::Int(-3));
}
