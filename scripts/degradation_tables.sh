#!/usr/bin/env bash
# The tables of SPEC §12 in docs/compare.md: noisy deblurring at σ_y ∈ {0, 2.55, 12.75} with and
# without 8-bit rounding, inpainting (Cold Diffusion's fading step 50) and ×4 super-resolution,
# each on 100 test images with seed 0:
#   [DATASET=emoji] scripts/degradation_tables.sh [OUT_DIR]   (default mnist, runs/degradation-tables)
# Prints one markdown row per method and setting; every run's results.md stays in OUT_DIR.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
OUT="${1:-runs/degradation-tables}"
DDDG="${DDDG:-build/cli/dddg}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}"
N="${N:-100}"
DATASET="${DATASET:-mnist}"
mkdir -p "$OUT"

run() { # name, flags…
    local name="$1"; shift
    local start=$SECONDS
    "$DDDG" compare --dataset "$DATASET" --n "$N" --seed 0 --out "$OUT/$name" "$@" 2>"$OUT/$name.log"
    echo "## $name ($((SECONDS - start)) s): $*"
    grep -E '^\| [a-z]' "$OUT/$name/results.md" | grep -v '^| method' | cut -d'|' -f2-4,7,8
}

BLUR_METHODS=wiener,cold-naive,cold-tacos,diffpir,ddrm,dddg
for sy in 0 2.55 12.75; do
    run "blur3-sy$sy" --degradation blur --level 3 --sigma-y "$sy" --methods "$BLUR_METHODS"
    run "blur3-sy$sy-8bit" --degradation blur --level 3 --sigma-y "$sy" --quantize --methods "$BLUR_METHODS"
done
run inpaint50 --degradation inpaint --level 50 --methods inpaint-telea,inpaint-ns,cold-naive,cold-tacos,diffpir,ddrm,dddg,dddg-refine
run sr4 --degradation sr --factor 4 --methods bicubic,wiener,cold-naive,cold-tacos,diffpir,ddrm,dddg
