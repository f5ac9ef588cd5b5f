//! The benchmark input: a deterministic ~20 MB model-like KDL document (agencies, systems with
//! sub-records, data flows, datasets and services as `model-language.md` writes them,
//! Vietnamese names, comments and 4-space indentation).

use std::fmt::Write as _;

/// Size of the generated document, in bytes (a little more: it ends on a whole group).
pub const TARGET_BYTES: usize = 20 << 20;

/// xorshift64*, for a deterministic document.
struct Rng(u64);

impl Rng {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let value = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % bound as u64;
        usize::try_from(value).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PROVINCES: &[&str] = &[
    "quang-ninh",
    "ha-noi",
    "hai-phong",
    "da-nang",
    "hue",
    "can-tho",
    "bac-ninh",
    "nghe-an",
    "thanh-hoa",
    "lao-cai",
    "gia-lai",
    "dak-lak",
    "khanh-hoa",
    "lam-dong",
    "dong-nai",
    "an-giang",
];
const PLACE_NAMES: &[&str] = &[
    "Quảng Ninh",
    "Hà Nội",
    "Hải Phòng",
    "Đà Nẵng",
    "Huế",
    "Cần Thơ",
    "Bắc Ninh",
    "Nghệ An",
    "Thanh Hóa",
    "Lào Cai",
    "Gia Lai",
    "Đắk Lắk",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đồng Nai",
    "An Giang",
];
const SYSTEM_NAMES: &[&str] = &[
    "Hệ thống thông tin giải quyết thủ tục hành chính",
    "Cổng dịch vụ công",
    "Hệ thống quản lý văn bản và điều hành",
    "Cơ sở dữ liệu đất đai",
    "Nền tảng tích hợp, chia sẻ dữ liệu",
    "Hệ thống báo cáo kinh tế - xã hội",
    "Hệ thống thư điện tử công vụ",
];
const KINDS: &[&str] = &[
    "one-stop",
    "public-service-portal",
    "document-management",
    "database",
    "reporting",
    "integration-platform",
    "business-application",
];

/// The document, at least `target` bytes long.
pub fn model_document(target: usize) -> String {
    let mut rng = Rng(0x006b_6875_6e67);
    let mut out = String::with_capacity(target + 4096);
    out.push_str("// Synthetic national-scale model for the khung-kdl benchmark.\n\n");
    let mut index = 0;
    while out.len() < target {
        let province = index % PROVINCES.len();
        agency(&mut out, &mut rng, index, province);
        for system_index in 0..8 {
            system(&mut out, &mut rng, index * 8 + system_index, province);
        }
        for flow_index in 0..24 {
            flow(&mut out, &mut rng, index * 24 + flow_index, index * 8);
        }
        dataset_and_service(&mut out, &mut rng, index);
        index += 1;
    }
    out
}

fn agency(out: &mut String, rng: &mut Rng, index: usize, province: usize) {
    let id = PROVINCES[province];
    let place = PLACE_NAMES[province];
    let _ = writeln!(
        out,
        "agency \"so-{index}-{id}\" {{\n    name \"Sở Thông tin và Truyền thông tỉnh {place}\"\n    \
         name \"Department of Information and Communications, {place}\" lang=\"en\"\n    \
         tier \"unit\"\n    kind \"{}\"\n    parent \"ubnd-{id}\"\n    \
         sharing-focal-point \"Phòng CNTT, Sở KH&CN\"\n    \
         report year=2025 submitted=\"2025-12-{:02}\" to=\"bca\"\n}}\n",
        rng.pick(&["department", "it-unit", "security-unit"]),
        1 + rng.below(28),
    );
}

fn system(out: &mut String, rng: &mut Rng, index: usize, province: usize) {
    let id = PROVINCES[province];
    let level = 1 + rng.below(4);
    let _ = write!(
        out,
        "system \"{id}-sys-{index}\" {{\n    name \"{} tỉnh {}\"\n    owner \"so-{}-{id}\"\n    \
         kind \"{}\"\n    status \"operating\" since=\"20{:02}-0{}-01\"\n    zone \"{id}-dmz\"\n    \
         hosting \"gov-cloud\" country=\"VN\" tenancy=\"logical\" provider=\"{}\"\n    \
         info \"public\" \"personal\"\n    subjects basic={} sensitive=0\n    \
         handles-tthc #true\n    scope \"province\"\n",
        rng.pick(SYSTEM_NAMES),
        PLACE_NAMES[province],
        index / 8,
        rng.pick(KINDS),
        15 + rng.below(10),
        1 + rng.below(9),
        rng.pick(&["vnpt", "viettel", "fpt", "cmc"]),
        rng.below(2_000_000),
    );
    let _ = write!(
        out,
        "    // Decree 85 level, approved by the owner\n    security-level {level} {{\n        \
         approved \"2024-05-10\" by=\"owner\" ref=\"QĐ {}/QĐ-UBND\"\n        \
         dossier \"overview\" \"design\" \"justification\" \"plan\"\n    }}\n    \
         monitoring central=#true retention-days=90 {{\n        sources \"web-server\" \"ids\" \"firewall\"\n    }}\n    \
         backup separated=#true encrypted=#true restore-tested=\"2026-05-01\"\n    \
         auth citizen=\"vneid\" admin-mfa=#true\n    api \"tra-cuu-{index}\" {{\n        \
         protocol \"rest\"; format \"json\"\n        published \"2025-01-10\" registry=\"dss-registry\"\n        \
         logged #true\n    }}\n}}\n",
        1000 + rng.below(9000),
    );
}

fn flow(out: &mut String, rng: &mut Rng, index: usize, first_system: usize) {
    let from = first_system + rng.below(8);
    let to = first_system + rng.below(8);
    let _ = writeln!(
        out,
        "flow \"f-{index}\" from=\"sys-{from}\" to=\"sys-{to}\" via=\"{}\" protocol=\"{}\" {{\n    \
         data \"ds-{}\" classification=\"{}\"\n    encrypted #true\n}}",
        rng.pick(&["ndxp", "lgsp", "direct"]),
        rng.pick(&["rest", "soap", "sftp"]),
        rng.below(500),
        rng.pick(&["public", "personal", "private"]),
    );
}

fn dataset_and_service(out: &mut String, rng: &mut Rng, index: usize) {
    let _ = writeln!(
        out,
        "dataset \"ds-{index}\" {{\n    name \"Cơ sở dữ liệu chuyên ngành số {index}\"\n    \
         owner \"so-{index}\"\n    records {}\n    personal #true\n    \
         description \"\"\"\n        Dữ liệu được cập nhật hằng ngày từ các hệ thống nghiệp vụ.\n        \
         Chia sẻ qua nền tảng NDXP theo Nghị định 47.\n        \"\"\"\n}}\n\
         service \"dvc-{index}\" level=4 online=#true {{\n    name \"Cấp giấy phép số {index}\"\n    \
         provided-by \"sys-{}\"\n}}\n",
        rng.below(10_000_000),
        index * 8,
    );
}
