//! Rebuilds the crate when the embedded reference model changes (include_dir cannot tell cargo
//! which files it read).

fn main() {
    println!("cargo:rerun-if-changed=../../models/vn-national");
}
