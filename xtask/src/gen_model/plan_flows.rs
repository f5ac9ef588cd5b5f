//! The flows of a synthetic model: the platform connections every agency needs (LGSP → NDXP,
//! the one-stop system with the national databases, NPSP, NRS, payment and VNeID, documents
//! through VDXP), one national look-up and one outgoing share per application, then random
//! internal, inter-agency and national flows up to the requested number. Every inter-agency
//! flow goes `via` both agencies' LGSPs and NDXP and names the provider's api.

use super::fields::{self, NationalSource};
use super::names::DOMAINS;
use super::plan::{Org, Role, Sys, share};
use super::prng::XorShift;

/// Why a flow exists (decides its path and what a seeded violation may remove).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowKind {
    /// A platform leg (LGSP → NDXP, payment, VNeID, VDXP, NPSP, NRS).
    Platform,
    /// A look-up in a national database.
    National,
    /// Between two systems of the same agency, through its LGSP.
    Internal,
    /// From another agency's application, through both LGSPs and NDXP.
    Cross,
}

/// One planned flow.
#[derive(Debug, Clone)]
pub struct FlowPlan {
    /// Its id.
    pub id: String,
    /// Why it exists.
    pub kind: FlowKind,
    /// Where the data comes from.
    pub from: String,
    /// Who receives it.
    pub to: String,
    /// Intermediaries, in path order.
    pub via: Vec<String>,
    /// `<system>/<api>`.
    pub api: Option<String>,
    /// Datasets carried.
    pub data: Vec<String>,
    /// Fields carried.
    pub fields: Vec<&'static str>,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Purpose (Vietnamese).
    pub purpose: String,
    /// Seeded violation: written without its `via`.
    pub no_via: bool,
}

/// Share of the extra flows (in percent) that come from another agency.
const CROSS_PERCENT: usize = 30;
/// Share of the extra flows (in percent) that are national look-ups.
const NATIONAL_PERCENT: usize = 15;

/// Plans the flows of every agency (the agency that receives a flow writes it).
pub fn plan_flows(orgs: &[Org], total: usize, seed: u64) -> Vec<Vec<FlowPlan>> {
    let all_apps: Vec<Vec<&Sys>> = orgs.iter().map(|o| o.apps().collect()).collect();
    orgs.iter()
        .map(|org| {
            // A stream apart from the systems' (those used 0..orgs).
            let mut rng = XorShift::new(seed, (1 << 32) + org.index as u64);
            let target = share(total, orgs.len(), org.index);
            let mut planner = Planner {
                org,
                flows: Vec::new(),
                rng: &mut rng,
            };
            planner.platform_flows();
            let apps = &all_apps[org.index];
            for (n, app) in apps.iter().enumerate() {
                planner.national(app);
                let others: Vec<&&Sys> = apps.iter().filter(|a| a.owner != app.owner).collect();
                let to = match others.get(n % others.len().max(1)) {
                    Some(other) => other.id.as_str(),
                    None => org.platform(Role::Portal),
                };
                planner.internal(app, to);
            }
            while planner.flows.len() < target {
                let roll = planner.rng.below(100);
                let app = apps[planner.rng.below(apps.len())];
                if roll < CROSS_PERCENT && orgs.len() > 1 {
                    let mut other = planner.rng.below(orgs.len() - 1);
                    if other >= org.index {
                        other += 1;
                    }
                    let from_apps = &all_apps[other];
                    let from = from_apps[planner.rng.below(from_apps.len())];
                    planner.cross(&orgs[other], from, app);
                } else if roll < CROSS_PERCENT + NATIONAL_PERCENT
                    && fields::national_source(domain_fields(app)).is_some()
                {
                    planner.national(app);
                } else {
                    let to = apps[planner.rng.below(apps.len())];
                    let to = if to.id == app.id {
                        org.platform(Role::OneStop)
                    } else {
                        to.id.as_str()
                    };
                    planner.internal(app, to);
                }
            }
            planner.flows
        })
        .collect()
}

fn domain_fields(app: &Sys) -> &'static [&'static str] {
    app.domain.map_or(&[], |d| DOMAINS[d].fields)
}

/// A platform leg: id suffix, from, to, via, api, fields carried, Vietnamese and English name.
type Leg<'a> = (
    &'a str,
    &'a str,
    &'a str,
    Vec<String>,
    Option<&'a str>,
    &'a [&'static str],
    &'a str,
    &'a str,
);

struct Planner<'a> {
    org: &'a Org,
    flows: Vec<FlowPlan>,
    rng: &'a mut XorShift,
}

impl Planner<'_> {
    fn next_id(&self) -> String {
        format!("{}-lk-{:05}", self.org.prefix, self.flows.len() + 1)
    }

    fn lgsp(&self) -> String {
        self.org.platform(Role::Lgsp).to_owned()
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one flow's facts, written once each"
    )]
    fn push(
        &mut self,
        id: String,
        kind: FlowKind,
        from: &str,
        to: &str,
        via: Vec<String>,
        api: Option<String>,
        data: Vec<String>,
        fields: Vec<&'static str>,
        names: (String, String, String),
    ) {
        let (name_vi, name_en, purpose) = names;
        self.flows.push(FlowPlan {
            id,
            kind,
            from: from.to_owned(),
            to: to.to_owned(),
            via,
            api,
            data,
            fields,
            name_vi,
            name_en,
            purpose,
            no_via: false,
        });
    }

    fn platform_flows(&mut self) {
        let p = self.org.prefix.clone();
        let lgsp = self.lgsp();
        let one_stop = self.org.platform(Role::OneStop).to_owned();
        let documents = self.org.platform(Role::Documents).to_owned();
        let national = vec![lgsp.clone(), "ndxp".to_owned()];
        let name = &self.org.name_vi;
        let legs: [Leg<'_>; 8] = [
            (
                "lgsp-ndxp",
                &lgsp,
                "ndxp",
                Vec::new(),
                None,
                &[],
                "Kết nối LGSP với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
                "LGSP connection to NDXP",
            ),
            (
                "motcua-dan-cu",
                "ndb-population",
                &one_stop,
                national.clone(),
                Some("ndb-population/xac-thuc"),
                &["full-name", "date-of-birth", "personal-id"],
                "Xác thực thông tin công dân khi tiếp nhận hồ sơ",
                "Citizen identity verification at dossier intake",
            ),
            (
                "motcua-doanh-nghiep",
                "ndb-business",
                &one_stop,
                national.clone(),
                Some("ndb-business/tra-cuu"),
                &[
                    "business-registration-number",
                    "business-name",
                    "business-address",
                ],
                "Khai thác thông tin đăng ký doanh nghiệp",
                "Enterprise registration look-up",
            ),
            (
                "motcua-npsp",
                "npsp",
                &one_stop,
                national.clone(),
                Some("npsp/dong-bo-ho-so"),
                &[],
                "Đồng bộ hồ sơ TTHC với Cổng Dịch vụ công quốc gia",
                "Dossier synchronisation with the National Public Service Portal",
            ),
            (
                "motcua-nrs",
                &one_stop,
                "nrs",
                national,
                Some("nrs/bao-cao"),
                &[],
                "Báo cáo kết quả giải quyết TTHC",
                "TTHC statistics to the National Reporting Information System",
            ),
            (
                "motcua-thanh-toan",
                "payment",
                &one_stop,
                Vec::new(),
                Some("payment/thanh-toan"),
                &[],
                "Thanh toán trực tuyến phí, lệ phí",
                "Online payment of fees",
            ),
            (
                "motcua-vneid",
                "vneid",
                &one_stop,
                Vec::new(),
                Some("vneid/xac-thuc"),
                &[],
                "Xác thực người dùng bằng VNeID",
                "User authentication with VNeID",
            ),
            (
                "qlvb-vdxp",
                &documents,
                "vdxp",
                Vec::new(),
                Some("vdxp/lien-thong-van-ban"),
                &[],
                "Liên thông văn bản điện tử qua Trục liên thông văn bản quốc gia",
                "Document exchange through the National Document Interconnection Axis",
            ),
        ];
        for (suffix, from, to, via, api, carried, vi, en) in legs {
            let names = (
                format!("{vi} – {name}"),
                format!("{en} – {}", self.org.name_en),
                format!("{} của {name}", vi.to_lowercase()),
            );
            self.push(
                format!("{p}-{suffix}"),
                FlowKind::Platform,
                from,
                to,
                via,
                api.map(str::to_owned),
                Vec::new(),
                carried.to_vec(),
                names,
            );
        }
    }

    /// The application's look-up in the national database of its domain (if it has one).
    fn national(&mut self, app: &Sys) {
        let Some((source, carried)) = fields::national_source(domain_fields(app)) else {
            return;
        };
        let NationalSource { system, .. } = source;
        let names = (
            format!("Khai thác dữ liệu từ {system} cho {}", app.id),
            format!("{system} look-up for {}", app.id),
            "khai thác dữ liệu gốc, không yêu cầu người dân kê khai lại".to_owned(),
        );
        self.push(
            self.next_id(),
            FlowKind::National,
            system,
            &app.id,
            vec![self.lgsp(), "ndxp".to_owned()],
            Some(format!("{system}/tra-cuu")),
            Vec::new(),
            carried,
            names,
        );
    }

    /// A share from `app` to another system of the same agency, through the LGSP.
    fn internal(&mut self, app: &Sys, to: &str) {
        let domain = &DOMAINS[app.domain.unwrap_or(0)];
        let names = (
            format!("Chia sẻ dữ liệu {} sang {to}", domain.vi),
            format!("Sharing of {} data with {to}", domain.en),
            format!("phục vụ nghiệp vụ của {to}"),
        );
        self.push(
            self.next_id(),
            FlowKind::Internal,
            &app.id,
            to,
            vec![self.lgsp()],
            Some(format!("{}/tra-cuu", app.id)),
            vec![format!("{}-dl", app.id)],
            Vec::new(),
            names,
        );
        // Some shares also carry the domain's fields explicitly.
        if self.rng.chance(20)
            && let Some(last) = self.flows.last_mut()
        {
            last.fields = domain.fields.iter().copied().take(3).collect();
        }
    }

    /// A share from another agency's application to `to`, through both LGSPs and NDXP.
    fn cross(&mut self, other: &Org, from: &Sys, to: &Sys) {
        let domain = &DOMAINS[from.domain.unwrap_or(0)];
        let names = (
            format!("Khai thác dữ liệu {} của {}", domain.vi, other.name_vi),
            format!(
                "{} data from {}",
                capitalise_first(domain.en),
                other.name_en
            ),
            format!("phục vụ nghiệp vụ của {}", to.id),
        );
        self.push(
            self.next_id(),
            FlowKind::Cross,
            &from.id,
            &to.id,
            vec![
                other.platform(Role::Lgsp).to_owned(),
                "ndxp".to_owned(),
                self.lgsp(),
            ],
            Some(format!("{}/tra-cuu", from.id)),
            vec![format!("{}-dl", from.id)],
            Vec::new(),
            names,
        );
    }
}

fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
