//! Rebuild when the embedded national reference model changes: `include_dir!` alone does not
//! tell cargo to watch the folder.

fn main() {
    println!("cargo:rerun-if-changed=../../models");
}
