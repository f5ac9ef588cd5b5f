//! A deterministic generator of large models (KDL text), for the benchmark and scale tests.

use std::fmt::Write;

/// Sizes of a generated model.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    /// Provinces (each with units under it).
    pub provinces: usize,
    /// Units per province.
    pub units_per_province: usize,
    /// Systems.
    pub systems: usize,
    /// Flows.
    pub flows: usize,
    /// Datasets.
    pub datasets: usize,
}

impl Sizes {
    /// The benchmark's national scale: 5,000 systems, 25,000 flows.
    pub const NATIONAL: Sizes = Sizes {
        provinces: 34,
        units_per_province: 20,
        systems: 5_000,
        flows: 25_000,
        datasets: 3_000,
    };
}

/// A linear congruential generator: the same numbers on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let high = usize::try_from(self.0 >> 33).unwrap_or(0);
        if below == 0 { 0 } else { high % below }
    }
}

const KINDS: &[&str] = &[
    "one-stop",
    "database",
    "business-application",
    "reporting",
    "document-management",
    "integration-platform",
    "public-service-portal",
    "information-portal",
    "monitoring",
];
const INFO: &[&str] = &["public", "private", "personal"];
const AUTH: &[&str] = &["account", "mtls", "token", "none"];

/// Generates a model with `sizes` (a pure function of `sizes` and `seed`).
#[must_use]
pub fn generate(sizes: Sizes, seed: u64) -> String {
    let mut random = Lcg(seed);
    let mut text = String::new();
    let mut units = Vec::new();
    for province in 0..sizes.provinces {
        let _ = writeln!(
            text,
            "agency \"p{province}\" {{ name \"Tỉnh {province}\"; tier \"province\"; parent \"chinh-phu\"; }}"
        );
        for unit in 0..sizes.units_per_province {
            let id = format!("p{province}-u{unit}");
            // Some units have no parent: CORE-001-style findings exist at scale.
            if random.next(50) == 0 {
                let _ = writeln!(
                    text,
                    "agency \"{id}\" {{ name \"Đơn vị {unit}\"; tier \"unit\"; }}"
                );
            } else {
                let _ = writeln!(
                    text,
                    "agency \"{id}\" {{ name \"Đơn vị {unit}\"; tier \"unit\"; parent \"p{province}\"; }}"
                );
            }
            units.push(id);
        }
    }
    for system in 0..sizes.systems {
        let owner = &units[random.next(units.len())];
        let kind = KINDS[random.next(KINDS.len())];
        let _ = write!(
            text,
            "system \"s{system}\" {{ name \"Hệ thống {system}\"; owner \"{owner}\"; kind \"{kind}\";"
        );
        if random.next(3) == 0 {
            let _ = write!(
                text,
                " info \"{}\" \"{}\";",
                INFO[random.next(INFO.len())],
                INFO[random.next(INFO.len())]
            );
        }
        if random.next(4) == 0 {
            let _ = write!(text, " security-level {};", 1 + random.next(4));
        }
        if random.next(10) == 0 {
            let country = if random.next(3) == 0 { "SG" } else { "VN" };
            let _ = write!(text, " hosting \"commercial-cloud\" country=\"{country}\";");
        }
        if random.next(6) == 0 {
            let _ = write!(text, " status \"operating\" since=\"2020-01-01\";");
        }
        let _ = writeln!(text, " }}");
    }
    for dataset in 0..sizes.datasets {
        let owner = &units[random.next(units.len())];
        let stored = random.next(sizes.systems + sizes.systems / 20);
        let stored_in = if stored < sizes.systems {
            format!(" stored-in \"s{stored}\";")
        } else {
            String::new()
        };
        let _ = writeln!(
            text,
            "dataset \"d{dataset}\" {{ name \"Dữ liệu {dataset}\"; owner \"{owner}\"; kind \"sector-db\";{stored_in} }}"
        );
    }
    for flow in 0..sizes.flows {
        let from = random.next(sizes.systems);
        let to = random.next(sizes.systems);
        let _ = write!(text, "flow \"f{flow}\" from=\"s{from}\" to=\"s{to}\" {{");
        if random.next(3) == 0 {
            let _ = write!(
                text,
                " via \"s{}\" \"s{}\";",
                random.next(sizes.systems),
                random.next(sizes.systems)
            );
        }
        if random.next(2) == 0 {
            let _ = write!(text, " encrypted #{};", random.next(2) == 0);
        }
        if random.next(2) == 0 {
            let _ = write!(text, " auth \"{}\";", AUTH[random.next(AUTH.len())]);
        }
        let _ = writeln!(text, " }}");
    }
    text
}
