//! The `khung` command-line tool.

fn main() {}
