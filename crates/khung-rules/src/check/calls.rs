//! Checking calls: `size`, the string methods, and the built-ins with their signatures.

use std::sync::Arc;

use khung_diag::{Code, Diagnostic, Message, Span, closest};

use crate::builtins::{self, Param};
use crate::cel::ast::Expr;
use crate::check::{Checker, Typed};
use crate::eval::program::{Node, StringTest};
use crate::eval::value::Value;
use crate::schema::{RecordKind, Type};

/// Longest compiled pattern (bytes of the regex program) a rule may use.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

impl Checker<'_> {
    pub(super) fn call(
        &mut self,
        name: &str,
        name_span: Span,
        target: Option<&Expr>,
        args: &[Expr],
        span: Span,
    ) -> Option<Typed> {
        let target_typed = target.map(|target| self.check(target));
        let arg_typed: Vec<Option<Typed>> = args.iter().map(|arg| self.check(arg)).collect();
        let target_typed = match target_typed {
            Some(typed) => Some(typed?),
            None => None,
        };
        let mut typed_args = Vec::with_capacity(arg_typed.len());
        for typed in arg_typed {
            typed_args.push(typed?);
        }
        if let Some(receiver) = target_typed {
            return self.method(name, name_span, receiver, typed_args, args, span);
        }
        if name == "size" {
            if typed_args.len() != 1 {
                return self.arity(name, "size(list) → int", 1, typed_args.len(), name_span);
            }
            let operand = typed_args.remove(0);
            return self.size(operand, span);
        }
        let Some(builtin) = builtins::lookup(name) else {
            let mut candidates: Vec<&str> = builtins::names().collect();
            candidates.push("size");
            candidates.sort_unstable();
            let suggestion = closest(name, candidates)
                .map(|name| Message::new("did-you-mean").arg("name", name));
            self.diagnostics.push(
                Diagnostic::new(
                    Code::UnknownFunction,
                    name_span,
                    Message::new("cel-unknown-function").arg("name", name.to_owned()),
                )
                .with_optional_help(suggestion),
            );
            return None;
        };
        if builtin.params.len() != typed_args.len() {
            return self.arity(
                name,
                builtin.doc.signature,
                builtin.params.len(),
                typed_args.len(),
                name_span,
            );
        }
        let mut nodes = Vec::with_capacity(typed_args.len());
        for (position, ((param, typed), expr)) in
            builtin.params.iter().zip(typed_args).zip(args).enumerate()
        {
            let fits = match param {
                Param::String => typed.ty == Type::String,
                Param::Int => typed.ty == Type::Int,
                Param::Date => typed.ty == Type::Date,
                Param::IdOr(kind) => {
                    typed.ty == Type::String || typed.ty == Type::Record(RecordKind::Element(*kind))
                }
            };
            if !fits {
                let expected = match param {
                    Param::String => "string".to_owned(),
                    Param::Int => "int".to_owned(),
                    Param::Date => "date".to_owned(),
                    Param::IdOr(kind) => format!("string | {}", kind.as_str()),
                };
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownFunction,
                        expr.span,
                        Message::new("cel-wrong-argument")
                            .arg("name", name.to_owned())
                            .arg("position", (position + 1).to_string())
                            .arg("expected", expected)
                            .arg("actual", typed.ty.display()),
                    )
                    .with_help(
                        Message::new("cel-signature").arg("signature", builtin.doc.signature),
                    ),
                );
                return None;
            }
            nodes.push(typed.node);
        }
        self.finish(
            Node::Call {
                builtin,
                args: nodes,
            },
            builtin.returns.cel_type(),
            span,
        )
    }

    fn arity(
        &mut self,
        name: &str,
        signature: &str,
        expected: usize,
        actual: usize,
        span: Span,
    ) -> Option<Typed> {
        self.diagnostics.push(
            Diagnostic::new(
                Code::UnknownFunction,
                span,
                Message::new("cel-wrong-arity")
                    .arg("name", name.to_owned())
                    .arg("expected", expected.to_string())
                    .arg("actual", actual.to_string()),
            )
            .with_help(Message::new("cel-signature").arg("signature", signature.to_owned())),
        );
        None
    }

    fn size(&mut self, operand: Typed, span: Span) -> Option<Typed> {
        if !matches!(
            operand.ty,
            Type::String | Type::List(_) | Type::Map(..) | Type::ElementMap(_)
        ) {
            self.mismatch(span, &Type::List(Box::new(Type::Any)), &operand.ty);
            return None;
        }
        self.finish(Node::Size(Box::new(operand.node)), Type::Int, span)
    }

    fn method(
        &mut self,
        name: &str,
        name_span: Span,
        receiver: Typed,
        mut args: Vec<Typed>,
        arg_exprs: &[Expr],
        span: Span,
    ) -> Option<Typed> {
        if name == "size" && args.is_empty() {
            return self.size(receiver, span);
        }
        let test = match name {
            "startsWith" => Some(StringTest::StartsWith),
            "endsWith" => Some(StringTest::EndsWith),
            "contains" => Some(StringTest::Contains),
            _ => None,
        };
        let is_string_method = test.is_some() || name == "matches";
        if !is_string_method || receiver.ty != Type::String {
            let message = Message::new("cel-unknown-method")
                .arg("type", receiver.ty.display())
                .arg("name", name.to_owned());
            self.error(Code::UnknownFunction, name_span, message);
            return None;
        }
        if args.len() != 1 {
            let signature = format!("string.{name}(string) → bool");
            return self.arity(name, &signature, 1, args.len(), name_span);
        }
        let argument = args.remove(0);
        if argument.ty != Type::String {
            self.diagnostics.push(Diagnostic::new(
                Code::UnknownFunction,
                arg_exprs[0].span,
                Message::new("cel-wrong-argument")
                    .arg("name", name.to_owned())
                    .arg("position", "1")
                    .arg("expected", "string")
                    .arg("actual", argument.ty.display()),
            ));
            return None;
        }
        if let Some(test) = test {
            let node = Node::StringTest {
                test,
                receiver: Box::new(receiver.node),
                argument: Box::new(argument.node),
            };
            return self.finish(node, Type::Bool, span);
        }
        // `matches`: the pattern must be a constant, compiled (and size-limited) here.
        let Node::Const(Value::Str(pattern)) = &argument.node else {
            let message = Message::new("cel-matches-not-constant");
            self.error(Code::UnsupportedExpression, arg_exprs[0].span, message);
            return None;
        };
        match regex::RegexBuilder::new(pattern.as_str())
            .size_limit(REGEX_SIZE_LIMIT)
            .build()
        {
            Ok(regex) => self.finish(
                Node::Matches {
                    receiver: Box::new(receiver.node),
                    regex: Arc::new(regex),
                },
                Type::Bool,
                span,
            ),
            Err(error) => {
                let message = Message::new("cel-invalid-regex").arg("detail", error.to_string());
                self.error(Code::TypeMismatch, arg_exprs[0].span, message);
                None
            }
        }
    }
}
