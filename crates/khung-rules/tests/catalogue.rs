//! The packs implement the rule catalogue: every catalogue id exists in its pack with the
//! catalogue's severity under each profile, nothing else is there, and every rule speaks both
//! languages and cites its basis.

use std::collections::BTreeSet;

use khung_diag::SourceMap;
use khung_rules::pack::RuleSet;

/// (id, pack, severity) from `tests/data/catalogue.txt`.
fn catalogue() -> Vec<(String, String, String)> {
    include_str!("data/catalogue.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let parts: Vec<&str> = line.split_whitespace().collect();
            (
                parts[0].to_owned(),
                parts[1].to_owned(),
                parts[2].to_owned(),
            )
        })
        .collect()
}

/// The packs of a profile's chain.
fn chain(profile: &str) -> [&str; 3] {
    ["core", "vn-common", profile]
}

#[test]
fn every_catalogue_rule_is_in_its_pack_with_its_severity() {
    for profile in ["vn-2019", "vn-2026"] {
        let mut sources = SourceMap::new();
        let (rules, diagnostics) = RuleSet::builtin(profile, &mut sources);
        assert!(diagnostics.is_empty(), "{profile}: {diagnostics:?}");
        let expected: BTreeSet<(String, String, String)> = catalogue()
            .into_iter()
            .filter(|(_, pack, _)| chain(profile).contains(&pack.as_str()))
            .collect();
        let actual: BTreeSet<(String, String, String)> = rules
            .rules()
            .iter()
            .map(|r| (r.id.clone(), r.pack.clone(), r.severity.as_str().to_owned()))
            .collect();
        let missing: Vec<_> = expected.difference(&actual).collect();
        let extra: Vec<_> = actual.difference(&expected).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{profile}: missing or different {missing:?}; not in the catalogue {extra:?}"
        );
    }
    let counts = |profile| {
        let mut sources = SourceMap::new();
        RuleSet::builtin(profile, &mut sources).0.rules().len()
    };
    assert_eq!(counts("vn-2019"), 60);
    assert_eq!(counts("vn-2026"), 72);
}

#[test]
fn every_rule_has_both_languages_and_a_basis() {
    for profile in ["vn-2019", "vn-2026"] {
        let mut sources = SourceMap::new();
        let (rules, _) = RuleSet::builtin(profile, &mut sources);
        for rule in rules.rules() {
            for (what, text) in [
                ("title vi", &rule.title.vi),
                ("title en", &rule.title.en),
                ("message vi", &rule.message_text.vi),
                ("message en", &rule.message_text.en),
                ("help vi", &rule.help_text.vi),
                ("help en", &rule.help_text.en),
            ] {
                assert!(!text.trim().is_empty(), "{}: no {what}", rule.id);
            }
            assert_ne!(
                rule.title.vi, rule.title.en,
                "{}: the English title is a copy of the Vietnamese one",
                rule.id
            );
            // National rules cite the law (verified or explicitly not); CORE rules are khung's
            // own model hygiene and have none.
            if rule.pack != "core" {
                assert!(
                    !rule.basis_for(profile).is_empty(),
                    "{}: no legal basis under {profile}",
                    rule.id
                );
            }
        }
    }
}
