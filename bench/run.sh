#!/usr/bin/env bash
# Benchmark of khung on the synthetic national-scale model (bench/README.md). Not part of CI.
#
#   bench/run.sh                       34 provinces, 20 ministries, 5,000 systems, 25,000 flows
#   RUNS=5 bench/run.sh                more runs per measure (default 3, after one warm-up)
#   GEN_ARGS="--provinces 1 --ministries 0 --systems 200 --flows 1000" bench/run.sh
#                                      another size (here: one province)
#   VIOLATIONS=50 bench/run.sh         seed violations (the check then exits 1, as it should)
#
# It builds the release binaries, generates the model, checks that it loads with no
# diagnostic, then times (hyperfine when installed, else a `date +%s%N` loop):
#   (a) parse-only with the kdl crate, (b) parse-only with khung's own parser,
#   (c) the model loader alone (parse, lower, merge, resolve, graph), (d) the full
#   `khung check` with every rule of vn-2026; and prints the ratios and the peak memory
#   (`/usr/bin/time -v`, "Maximum resident set size") of (a) and (d).
set -euo pipefail

cd "$(dirname "$0")/.."
MODEL=${MODEL:-target/bench-model}
RUNS=${RUNS:-3}
VIOLATIONS=${VIOLATIONS:-0}
GEN_ARGS=${GEN_ARGS:---provinces 34 --ministries 20 --systems 5000 --flows 25000 --seed 1}
OUT=target/bench
mkdir -p "$OUT"

echo "== build (release)"
cargo build --release --quiet -p khung-cli -p xtask
XTASK=./target/release/xtask
KHUNG=./target/release/khung

echo "== generate: $GEN_ARGS --violations $VIOLATIONS"
# shellcheck disable=SC2086 # GEN_ARGS is a list of flags
"$XTASK" gen-model $GEN_ARGS --violations "$VIOLATIONS" --out "$MODEL" | sed -n '4,10p'

echo "== validity"
status=0
"$KHUNG" check "$MODEL" --format json --output "$OUT/check.json" || status=$?
if [ "$status" -ge 2 ] || ! grep -q '"diagnostics": \[\]' "$OUT/check.json"; then
    echo "the generated model does not load cleanly (exit $status); see $OUT/check.json" >&2
    exit 1
fi
findings=$(grep -c '"fingerprint"' "$OUT/check.json" || true)
echo "no diagnostics; $findings findings (seeded: $VIOLATIONS)"

IGNORE=()
if [ "$VIOLATIONS" -gt 0 ]; then
    IGNORE=(-i) # findings make `khung check` exit 1
fi

NAMES=(kdl-parse khung-parse model-load khung-check)
COMMANDS=(
    "$XTASK parse-only --parser kdl $MODEL"
    "$XTASK parse-only --parser khung $MODEL"
    "$XTASK parse-only --parser model $MODEL"
    "$KHUNG check $MODEL --format json --output $OUT/check.json"
)
declare -A MEAN

if command -v hyperfine > /dev/null; then
    echo "== timing with hyperfine ($RUNS runs + 1 warm-up each)"
    args=()
    for i in "${!NAMES[@]}"; do
        args+=(-n "${NAMES[$i]}" "${COMMANDS[$i]}")
    done
    hyperfine "${IGNORE[@]}" --style basic --warmup 1 --runs "$RUNS" \
        --export-csv "$OUT/times.csv" "${args[@]}"
    # command,mean,stddev,median,user,system,min,max (seconds)
    while IFS=, read -r name mean _; do
        [ "$name" = command ] && continue
        MEAN[$name]=$mean
    done < "$OUT/times.csv"
else
    echo "== timing with a date loop ($RUNS runs + 1 warm-up each; install hyperfine for more)"
    for i in "${!NAMES[@]}"; do
        # shellcheck disable=SC2086 # each command is a list of words
        ${COMMANDS[$i]} > /dev/null || [ "$VIOLATIONS" -gt 0 ]
        total=0
        for _ in $(seq "$RUNS"); do
            start=$(date +%s%N)
            # shellcheck disable=SC2086
            ${COMMANDS[$i]} > /dev/null || [ "$VIOLATIONS" -gt 0 ]
            total=$((total + $(date +%s%N) - start))
        done
        MEAN[${NAMES[$i]}]=$(awk -v t="$total" -v n="$RUNS" 'BEGIN { printf "%.4f", t / n / 1e9 }')
        printf '%-12s %8.3f s\n' "${NAMES[$i]}" "${MEAN[${NAMES[$i]}]}"
    done
fi

peak() { # peak resident memory of a command, in MB
    local log="$OUT/time-$1.txt"
    shift
    /usr/bin/time -v "$@" > /dev/null 2> "$log" || true
    awk -F: '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log"
}
if [ -x /usr/bin/time ]; then
    # shellcheck disable=SC2086
    PEAK_KDL=$(peak kdl-parse ${COMMANDS[0]})
    # shellcheck disable=SC2086
    PEAK_CHECK=$(peak khung-check ${COMMANDS[3]})
else
    PEAK_KDL="?"
    PEAK_CHECK="?"
fi

echo
echo "== results ($(nproc) cores)"
awk -v kdl="${MEAN[kdl-parse]}" -v parse="${MEAN[khung-parse]}" \
    -v load="${MEAN[model-load]}" -v check="${MEAN[khung-check]}" \
    -v peak_kdl="$PEAK_KDL" -v peak_check="$PEAK_CHECK" 'BEGIN {
    printf "kdl crate parse-only     %8.3f s   peak %s MB\n", kdl, peak_kdl
    printf "khung-kdl parse-only     %8.3f s\n", parse
    printf "khung-model load         %8.3f s\n", load
    printf "khung check (vn-2026)    %8.3f s   peak %s MB\n", check, peak_check
    printf "\n"
    ratio = check / kdl
    printf "check / kdl parse-only   %8.2f   (target < 1.5: %s)\n", ratio, ratio < 1.5 ? "met" : "NOT met"
    printf "check / khung parse-only %8.2f\n", check / parse
    printf "load  / khung parse-only %8.2f\n", load / parse
    printf "kdl   / khung parse-only %8.2f\n", kdl / parse
    if (peak_check != "?") {
        printf "peak memory of check     %5d MB   (target < 300 MB: %s)\n", peak_check, peak_check < 300 ? "met" : "NOT met"
    }
}'
