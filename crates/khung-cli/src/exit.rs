//! Process exit codes (cli-and-outputs.md).

/// No active finding at or above `--fail-on`.
pub const OK: u8 = 0;
/// Active findings at or above `--fail-on`.
pub const FINDINGS: u8 = 1;
/// The model, a rule pack or the invocation is invalid (any error-severity diagnostic).
pub const INVALID: u8 = 2;
/// An internal error (a bug in khung).
pub const INTERNAL: u8 = 3;
