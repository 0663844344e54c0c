#!/usr/bin/env bash
# The photo models on held-out photographs (docs/photos.md): 100 test patches of the `photos`
# set (cut from the three photographs no model trained on), seed 0, noise at σ 25 and 50 with
# every learned restorer and the filters, and blur level 3 with Wiener, Cold Diffusion and
# the posterior samplers:
#   scripts/photo_tables.sh [OUT_DIR]   (default runs/photo-tables; N=… for another count)
# Prints one markdown row per method; every run's results.md stays in OUT_DIR.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
OUT="${1:-runs/photo-tables}"
DDDG="${DDDG:-build/cli/dddg}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}"
N="${N:-100}"
mkdir -p "$OUT"

run() { # name, flags…
    local name="$1"; shift
    local start=$SECONDS
    "$DDDG" compare --dataset photos --n "$N" --seed 0 --out "$OUT/$name" "$@" 2>"$OUT/$name.log"
    echo "## $name ($((SECONDS - start)) s): $*"
    grep -E '^\| [a-z]' "$OUT/$name/results.md" | grep -v '^| method' | cut -d'|' -f2-4,7,8,10
}

NOISE_METHODS=gaussian,median,bilateral,nlm,dae,daed,ddpm-linear,dddg
run noise25 --degradation noise --sigma 25 --methods "$NOISE_METHODS"
run noise50 --degradation noise --sigma 50 --methods "$NOISE_METHODS"
run blur3 --degradation blur --level 3 --sigma-y 2.55 --quantize --methods wiener,cold-naive,cold-tacos,diffpir,ddrm,dddg
