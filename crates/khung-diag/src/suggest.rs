/// The candidate closest to `input` by Jaro–Winkler similarity, when it is close enough to be a
/// plausible typo (used for every "did you mean" help). Ties go to the first candidate in
/// sorted order, so suggestions are deterministic.
#[must_use]
pub fn closest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in candidates {
        if candidate == input {
            continue;
        }
        let score = strsim::jaro_winkler(input, candidate);
        let better = match best {
            None => true,
            Some((best_score, best_name)) => {
                score > best_score || (score == best_score && candidate < best_name)
            }
        };
        if better {
            best = Some((score, candidate));
        }
    }
    // 0.8 keeps real typos (`securty-level`, `ndxq`) and drops unrelated words.
    best.filter(|(score, _)| *score >= 0.8)
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggests_typos_and_rejects_unrelated_words() {
        let names = ["security-level", "security-plan", "owner"];
        assert_eq!(closest("securty-level", names), Some("security-level"));
        assert_eq!(closest("zzz", names), None);
    }
}
