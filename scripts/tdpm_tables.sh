#!/usr/bin/env bash
# The TDPM-DIP report's two tables on one dataset (docs/compare.md has the emoji rows):
#   scripts/tdpm_tables.sh [DATASET] [OUT_DIR] [N_GENERATED]     (default: emoji runs/tdpm 200)
# Table 2, denoising: `dddg compare --methods all` on 100 test images at σ 25, σ 50 and at DDPM's
#   noise level t = 600 of the linear schedule (σ 782), seed 0, the shipped models.
# Table 1, generation: DDPM (linear) with all 1000 steps from pure noise against TDPM, where the
#   shipped DDDG model is the implicit generator of x_K and K = 10 or 50 DDPM steps follow it; the
#   DDDG model alone; and the held-out test split, the floor of FID for a set of this size.
#   FID with the dataset's classifier against its training split; seconds per image as sampled.
# TABLES="1" or "2" runs one table. Everything lands in OUT_DIR; table1.md holds Table 1's rows.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
DATASET="${1:-emoji}"
OUT="${2:-runs/tdpm}"
N="${3:-200}"
DDDG="${DDDG:-build/cli/dddg}"
MODELS="${MODELS:-resources/models}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}"
mkdir -p "$OUT"

if [[ "${TABLES:-1 2}" == *2* ]]; then
    for setting in "--sigma 25" "--sigma 50" "--noise-step 600"; do
        read -r flag value <<< "$setting"
        dir="$OUT/table2-${flag#--}$value"
        echo "== Table 2: $DATASET, noise $flag $value → $dir ($(date -u +%T))"
        /usr/bin/time -f "   wall %e s" "$DDDG" compare --dataset "$DATASET" --n 100 --degradation noise "$flag" "$value" \
            --methods all --seed 0 --models "$MODELS" --out "$dir"
    done
fi

[[ "${TABLES:-1 2}" == *1* ]] || exit 0
# FID needs the dataset's classifier (resources/classifiers): without one, dddg fid scores SWD
# instead, and the table says n/a rather than a number that is not FID.
fid_of() {
    local value
    value=$(grep -o '"fid[a-z_]*":[0-9.]*' | head -1 | cut -d: -f2)
    if [[ -n "$value" ]]; then printf %.2f "$value"; else printf 'n/a'; fi
}
fid() { "$DDDG" fid --dataset "$DATASET" --images "$1" 2> /dev/null | fid_of; }
per_image() { grep -o '[0-9.]* s per image' "$1" | cut -d' ' -f1; }
DDPM="$MODELS/ddpm-linear-$DATASET.ckpt"
GEN="$MODELS/dddg-$DATASET.ckpt"
table="$OUT/table1.md"
{
    echo "| sampler | steps (network passes) | FID | s per image |"
    echo "| --- | ---: | ---: | ---: |"
} > "$table"
echo "== Table 1: $DATASET, $N images each ($(date -u +%T))"
"$DDDG" sample --checkpoint "$DDPM" --n "$N" --seed 0 --out "$OUT/ddpm-1000.png" --samples "$OUT/ddpm-1000.pt" 2> "$OUT/ddpm-1000.log"
echo "| DDPM, linear, from pure noise | 1000 | $(fid "$OUT/ddpm-1000.pt") | $(per_image "$OUT/ddpm-1000.log") |" >> "$table"
start=$(date +%s.%N)
tmax=$("$DDDG" sample --checkpoint "$GEN" --n "$N" --seed 0 --out "$OUT/dddg.png" --samples "$OUT/dddg.pt" 2>&1 | grep -o '× [0-9]* steps' | grep -o '[0-9]*')
dddg_s=$(awk -v a="$start" -v b="$(date +%s.%N)" -v n="$N" 'BEGIN { printf "%.3f", (b - a) / n }')
echo "| DDDG alone (the implicit generator) | $((tmax - 1)) | $(fid "$OUT/dddg.pt") | $dddg_s |" >> "$table"
for K in 10 50; do
    "$DDDG" sample --checkpoint "$DDPM" --implicit "$GEN" --t-trunc "$K" --n "$N" --seed 0 --out "$OUT/tdpm-$K.png" \
        --samples "$OUT/tdpm-$K.pt" 2> "$OUT/tdpm-$K.log"
    echo "| TDPM, T_trunc = $K, DDDG as implicit generator | $K + $((tmax - 1)) | $(fid "$OUT/tdpm-$K.pt") | $(awk -v a="$(per_image "$OUT/tdpm-$K.log")" -v b="$dddg_s" 'BEGIN { printf "%.3f", a + b }') |" >> "$table"
done
test_fid=$("$DDDG" fid --dataset "$DATASET" --degrade-sigma 0 --n "$N" 2> /dev/null | fid_of)
echo "| held-out test split (the floor for this many images) | – | $test_fid | – |" >> "$table"
cat "$table"
