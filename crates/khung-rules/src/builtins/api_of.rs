//! `api_of`: the api record an api reference `<system>/<api>` names.

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;
use crate::schema::{Record, RecordKind};

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "api_of",
        signature: "api_of(string) → api",
        doc: "The api record named by `<system>/<api>` (whatever the system's lifecycle); an empty record, every fact a zero value, for `''` or an unknown reference.",
    },
    params: &[Param::String],
    returns: Returns::Record(RecordKind::Api),
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let reference = string_arg(args, 0)?;
    Ok(Value::Record(match ctx.index.model.api(reference) {
        Some((_, api)) => Record::Api(api),
        None => Record::Empty(RecordKind::Api),
    }))
}
