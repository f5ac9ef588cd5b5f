//! The vocabularies the generator draws from: the 34 provinces and the ministries after the
//! 2025 reorganisation (their reference-model ids), the departments of each, and the business
//! domains systems are named after. Names are Vietnamese with an English translation.

/// A province: id slug, Vietnamese name (with its "tỉnh"/"thành phố"), English name.
pub struct ProvinceName {
    /// Kebab-case slug, the prefix of every id of the province.
    pub slug: &'static str,
    /// `tỉnh Quảng Ninh`, `thành phố Hà Nội`.
    pub vi: &'static str,
    /// `Quang Ninh Province`.
    pub en: &'static str,
}

const fn province(slug: &'static str, vi: &'static str, en: &'static str) -> ProvinceName {
    ProvinceName { slug, vi, en }
}

/// The 34 provinces and centrally-run cities (Resolution 202/2025/QH15).
pub const PROVINCES: [ProvinceName; 34] = [
    province("ha-noi", "thành phố Hà Nội", "Ha Noi City"),
    province("hue", "thành phố Huế", "Hue City"),
    province("lai-chau", "tỉnh Lai Châu", "Lai Chau Province"),
    province("dien-bien", "tỉnh Điện Biên", "Dien Bien Province"),
    province("son-la", "tỉnh Sơn La", "Son La Province"),
    province("lang-son", "tỉnh Lạng Sơn", "Lang Son Province"),
    province("quang-ninh", "tỉnh Quảng Ninh", "Quang Ninh Province"),
    province("thanh-hoa", "tỉnh Thanh Hóa", "Thanh Hoa Province"),
    province("nghe-an", "tỉnh Nghệ An", "Nghe An Province"),
    province("ha-tinh", "tỉnh Hà Tĩnh", "Ha Tinh Province"),
    province("cao-bang", "tỉnh Cao Bằng", "Cao Bang Province"),
    province("tuyen-quang", "tỉnh Tuyên Quang", "Tuyen Quang Province"),
    province("lao-cai", "tỉnh Lào Cai", "Lao Cai Province"),
    province("thai-nguyen", "tỉnh Thái Nguyên", "Thai Nguyen Province"),
    province("phu-tho", "tỉnh Phú Thọ", "Phu Tho Province"),
    province("bac-ninh", "tỉnh Bắc Ninh", "Bac Ninh Province"),
    province("hung-yen", "tỉnh Hưng Yên", "Hung Yen Province"),
    province("hai-phong", "thành phố Hải Phòng", "Hai Phong City"),
    province("ninh-binh", "tỉnh Ninh Bình", "Ninh Binh Province"),
    province("quang-tri", "tỉnh Quảng Trị", "Quang Tri Province"),
    province("da-nang", "thành phố Đà Nẵng", "Da Nang City"),
    province("quang-ngai", "tỉnh Quảng Ngãi", "Quang Ngai Province"),
    province("gia-lai", "tỉnh Gia Lai", "Gia Lai Province"),
    province("khanh-hoa", "tỉnh Khánh Hòa", "Khanh Hoa Province"),
    province("lam-dong", "tỉnh Lâm Đồng", "Lam Dong Province"),
    province("dak-lak", "tỉnh Đắk Lắk", "Dak Lak Province"),
    province("ho-chi-minh", "thành phố Hồ Chí Minh", "Ho Chi Minh City"),
    province("dong-nai", "tỉnh Đồng Nai", "Dong Nai Province"),
    province("tay-ninh", "tỉnh Tây Ninh", "Tay Ninh Province"),
    province("can-tho", "thành phố Cần Thơ", "Can Tho City"),
    province("vinh-long", "tỉnh Vĩnh Long", "Vinh Long Province"),
    province("dong-thap", "tỉnh Đồng Tháp", "Dong Thap Province"),
    province("ca-mau", "tỉnh Cà Mau", "Ca Mau Province"),
    province("an-giang", "tỉnh An Giang", "An Giang Province"),
];

/// A ministry of the reference model: its id there, Vietnamese and English names.
pub struct MinistryName {
    /// The reference-model agency id (the parent of the generated units).
    pub id: &'static str,
    /// `Bộ Y tế`.
    pub vi: &'static str,
    /// `Ministry of Health`.
    pub en: &'static str,
}

const fn ministry(id: &'static str, vi: &'static str, en: &'static str) -> MinistryName {
    MinistryName { id, vi, en }
}

/// The ministry-level agencies operating after 2025-03-01 (the merged-away ones are retired in
/// the reference model).
pub const MINISTRIES: [MinistryName; 17] = [
    ministry("vpcp", "Văn phòng Chính phủ", "Government Office"),
    ministry(
        "bkhcn",
        "Bộ Khoa học và Công nghệ",
        "Ministry of Science and Technology",
    ),
    ministry("bca", "Bộ Công an", "Ministry of Public Security"),
    ministry("bqp", "Bộ Quốc phòng", "Ministry of National Defence"),
    ministry("btc", "Bộ Tài chính", "Ministry of Finance"),
    ministry(
        "bnnmt",
        "Bộ Nông nghiệp và Môi trường",
        "Ministry of Agriculture and Environment",
    ),
    ministry("bxd", "Bộ Xây dựng", "Ministry of Construction"),
    ministry("bnv", "Bộ Nội vụ", "Ministry of Home Affairs"),
    ministry(
        "bdttg",
        "Bộ Dân tộc và Tôn giáo",
        "Ministry of Ethnic and Religious Affairs",
    ),
    ministry("btp", "Bộ Tư pháp", "Ministry of Justice"),
    ministry("byt", "Bộ Y tế", "Ministry of Health"),
    ministry(
        "bgddt",
        "Bộ Giáo dục và Đào tạo",
        "Ministry of Education and Training",
    ),
    ministry("bct", "Bộ Công Thương", "Ministry of Industry and Trade"),
    ministry("bng", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),
    ministry(
        "bvhttdl",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Ministry of Culture, Sports and Tourism",
    ),
    ministry(
        "nhnn",
        "Ngân hàng Nhà nước Việt Nam",
        "State Bank of Viet Nam",
    ),
    ministry("ttcp", "Thanh tra Chính phủ", "Government Inspectorate"),
];

/// Government agencies of ministry rank that the reference model does not define: the
/// generator defines them in the workspace (tier `ministry`, parent `chinh-phu`) once the
/// reference ministries are used up.
pub const GOVERNMENT_AGENCIES: [MinistryName; 6] = [
    ministry("vtv", "Đài Truyền hình Việt Nam", "Vietnam Television"),
    ministry("vov", "Đài Tiếng nói Việt Nam", "Voice of Vietnam"),
    ministry("ttxvn", "Thông tấn xã Việt Nam", "Vietnam News Agency"),
    ministry(
        "vast",
        "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
        "Vietnam Academy of Science and Technology",
    ),
    ministry(
        "vass",
        "Viện Hàn lâm Khoa học xã hội Việt Nam",
        "Vietnam Academy of Social Sciences",
    ),
    ministry(
        "hcma",
        "Học viện Chính trị quốc gia Hồ Chí Minh",
        "Ho Chi Minh National Academy of Politics",
    ),
];

/// A department (sở) of a province or a unit (cục, vụ) of a ministry: id part, names.
pub struct DepartmentName {
    /// Kebab-case id part (`so-y-te`).
    pub code: &'static str,
    /// `Sở Y tế`.
    pub vi: &'static str,
    /// `Department of Health`.
    pub en: &'static str,
}

const fn department(code: &'static str, vi: &'static str, en: &'static str) -> DepartmentName {
    DepartmentName { code, vi, en }
}

/// The departments of a province that own systems (the IT department `so-khcn` is first: it is
/// the province's IT and security unit).
pub const PROVINCE_DEPARTMENTS: [DepartmentName; 10] = [
    department(
        "so-khcn",
        "Sở Khoa học và Công nghệ",
        "Department of Science and Technology",
    ),
    department("so-tu-phap", "Sở Tư pháp", "Department of Justice"),
    department("so-y-te", "Sở Y tế", "Department of Health"),
    department("so-tai-chinh", "Sở Tài chính", "Department of Finance"),
    department(
        "so-nnmt",
        "Sở Nông nghiệp và Môi trường",
        "Department of Agriculture and Environment",
    ),
    department("so-noi-vu", "Sở Nội vụ", "Department of Home Affairs"),
    department(
        "so-gddt",
        "Sở Giáo dục và Đào tạo",
        "Department of Education and Training",
    ),
    department("so-xay-dung", "Sở Xây dựng", "Department of Construction"),
    department(
        "so-cong-thuong",
        "Sở Công Thương",
        "Department of Industry and Trade",
    ),
    department(
        "so-vhttdl",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Department of Culture, Sports and Tourism",
    ),
];

/// The units of a ministry that own systems (the IT unit `cuc-cds` is first).
pub const MINISTRY_UNITS: [DepartmentName; 7] = [
    department(
        "cuc-cds",
        "Cục Chuyển đổi số",
        "Digital Transformation Department",
    ),
    department("van-phong", "Văn phòng", "Ministry Office"),
    department(
        "vu-khtc",
        "Vụ Kế hoạch – Tài chính",
        "Planning and Finance Department",
    ),
    department("vu-phap-che", "Vụ Pháp chế", "Legal Department"),
    department("thanh-tra", "Thanh tra", "Inspectorate"),
    department(
        "cuc-qlcn",
        "Cục Quản lý chuyên ngành",
        "Sector Management Department",
    ),
    department("tt-thong-tin", "Trung tâm Thông tin", "Information Centre"),
];

/// A business domain a system or dataset is about: id part, Vietnamese and English subject.
pub struct Domain {
    /// Kebab-case id part.
    pub code: &'static str,
    /// `hồ sơ cán bộ, công chức`.
    pub vi: &'static str,
    /// `civil-servant records`.
    pub en: &'static str,
    /// Field-vocabulary names its data holds.
    pub fields: &'static [&'static str],
    /// The code of the province department that owns systems of this domain.
    pub home: &'static str,
}

const fn domain(
    code: &'static str,
    vi: &'static str,
    en: &'static str,
    fields: &'static [&'static str],
    home: &'static str,
) -> Domain {
    Domain {
        code,
        vi,
        en,
        fields,
        home,
    }
}

/// The domains systems are named after (cycled through, so that every number of systems gets
/// a realistic mix).
pub const DOMAINS: [Domain; 16] = [
    domain(
        "can-bo",
        "hồ sơ cán bộ, công chức, viên chức",
        "civil-servant records",
        &[
            "full-name",
            "date-of-birth",
            "personal-id",
            "phone",
            "email",
        ],
        "so-noi-vu",
    ),
    domain(
        "ho-tich",
        "đăng ký và quản lý hộ tịch",
        "civil-status registration",
        &[
            "full-name",
            "date-of-birth",
            "sex",
            "place-of-birth",
            "personal-id",
            "marital-status",
        ],
        "so-tu-phap",
    ),
    domain(
        "kham-benh",
        "khám bệnh, chữa bệnh",
        "medical examination and treatment",
        &[
            "full-name",
            "date-of-birth",
            "personal-id",
            "health-insurance-number",
            "health-record",
        ],
        "so-y-te",
    ),
    domain(
        "dat-dai",
        "thông tin đất đai",
        "land information",
        &["full-name", "personal-id", "land-parcel", "land-use-right"],
        "so-nnmt",
    ),
    domain(
        "ngan-sach",
        "quản lý ngân sách",
        "budget management",
        &["tax-code", "bank-account"],
        "so-tai-chinh",
    ),
    domain(
        "doanh-nghiep",
        "đăng ký doanh nghiệp, hộ kinh doanh",
        "business registration",
        &[
            "business-registration-number",
            "business-name",
            "business-address",
            "legal-representative",
            "tax-code",
        ],
        "so-tai-chinh",
    ),
    domain(
        "giao-duc",
        "quản lý giáo dục",
        "education management",
        &[
            "full-name",
            "date-of-birth",
            "sex",
            "personal-id",
            "permanent-address",
        ],
        "so-gddt",
    ),
    domain(
        "xay-dung",
        "cấp phép xây dựng",
        "construction permits",
        &[
            "full-name",
            "personal-id",
            "land-parcel",
            "permanent-address",
        ],
        "so-xay-dung",
    ),
    domain(
        "moi-truong",
        "quan trắc môi trường",
        "environmental monitoring",
        &[],
        "so-nnmt",
    ),
    domain(
        "lao-dong",
        "lao động, việc làm",
        "labour and employment",
        &[
            "full-name",
            "date-of-birth",
            "personal-id",
            "social-insurance-number",
            "phone",
        ],
        "so-noi-vu",
    ),
    domain(
        "an-sinh",
        "an sinh xã hội",
        "social protection",
        &[
            "full-name",
            "date-of-birth",
            "personal-id",
            "social-insurance-number",
            "bank-account",
        ],
        "so-noi-vu",
    ),
    domain(
        "thanh-tra",
        "thanh tra, khiếu nại, tố cáo",
        "inspection and complaints",
        &["full-name", "personal-id", "phone", "permanent-address"],
        "so-noi-vu",
    ),
    domain(
        "van-hoa",
        "di sản văn hóa, du lịch",
        "cultural heritage and tourism",
        &[],
        "so-vhttdl",
    ),
    domain(
        "cong-thuong",
        "quản lý thương mại",
        "trade management",
        &["business-registration-number", "business-name", "tax-code"],
        "so-cong-thuong",
    ),
    domain(
        "phan-anh",
        "tiếp nhận phản ánh, kiến nghị",
        "citizen feedback",
        &["full-name", "phone", "email"],
        "so-khcn",
    ),
    domain(
        "thong-ke",
        "thống kê, báo cáo chuyên ngành",
        "sector statistics and reporting",
        &[],
        "so-tai-chinh",
    ),
];

/// Public services (TTHC) offered by the generated one-stop systems: Vietnamese and English
/// names, and the form fields (the first is a look-up key asked from the citizen, the others
/// auto-filled from the population database).
pub const SERVICES: [(&str, &str); 8] = [
    ("Đăng ký khai sinh", "Birth registration"),
    ("Cấp giấy phép xây dựng", "Construction permit"),
    ("Cấp phiếu lý lịch tư pháp", "Criminal-record certificate"),
    ("Đăng ký hộ kinh doanh", "Household business registration"),
    ("Cấp giấy phép hành nghề", "Practising licence"),
    ("Đăng ký kết hôn", "Marriage registration"),
    (
        "Cấp đổi giấy chứng nhận quyền sử dụng đất",
        "Land-use certificate renewal",
    ),
    ("Trợ cấp xã hội hằng tháng", "Monthly social allowance"),
];
