//! `cargo xtask <task>`: project automation (code generation, benchmark models).

fn main() -> anyhow::Result<()> {
    let task = std::env::args().nth(1).unwrap_or_default();
    anyhow::bail!("unknown task `{task}`; tasks: codegen [--check]")
}
