//! Rebuilds the crate when a rule pack changes: the packs are embedded with `include_dir`,
//! which Cargo does not track on its own.

fn main() {
    println!("cargo:rerun-if-changed=../../rules");
    println!("cargo:rerun-if-changed=build.rs");
}
