//! The `khung` binary.

fn main() -> std::process::ExitCode {
    khung_cli::run()
}
