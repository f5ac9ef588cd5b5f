//! Rule packs, CEL checking and evaluation over the khung model, findings, waivers, baseline.

pub mod cel;
