//! Rebuilds the crate when an embedded template changes (include_dir does not tell cargo).

fn main() {
    println!("cargo:rerun-if-changed=../../templates");
}
