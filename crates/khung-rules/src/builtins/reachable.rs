//! `reachable`: graph reachability over existing flows.

use std::collections::{HashSet, VecDeque};

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "reachable",
        signature: "reachable(string, string) → bool",
        doc: "Whether data can travel from system `a` to system `b` along existing flows (each flow a chain `from → via… → to`), in one or more hops.",
    },
    params: &[Param::String, Param::String],
    returns: Returns::Bool,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let from = string_arg(args, 0)?;
    let to = string_arg(args, 1)?;
    Ok(Value::Bool(search(ctx, from, to, |_| true)?))
}

/// Breadth-first search from `from` for `to`, entering only nodes `enter` accepts (`to` always).
pub(crate) fn search(
    ctx: &mut Ctx<'_>,
    from: &str,
    to: &str,
    enter: impl Fn(&str) -> bool,
) -> Result<bool, EvalError> {
    let successors = &ctx.index.reverse().successors;
    let mut seen: HashSet<&str> = HashSet::new();
    let mut queue: VecDeque<&str> = VecDeque::from([from]);
    let mut work = 0u64;
    while let Some(node) = queue.pop_front() {
        for next in successors.get(node).into_iter().flatten() {
            work += 1;
            if *next == to {
                ctx.charge(work)?;
                return Ok(true);
            }
            if enter(next) && seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    ctx.charge(work)?;
    Ok(false)
}
