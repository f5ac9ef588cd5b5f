//! Rebuild when the embedded rule packs change: `include_dir!` alone does not tell cargo to
//! watch the folder, so an edited rule would otherwise keep the old text in the binary.

fn main() {
    println!("cargo:rerun-if-changed=../../rules");
}
