#!/usr/bin/env bash
# Runs the comparisons behind docs/compare.md: every method on 100 test images of MNIST and
# Fashion-MNIST, noise σ = 25 and 50 and blur levels 2 and 4, seed 0, the shipped models.
#   scripts/compare_tables.sh [OUT_DIR]        (default runs/compare)
#   DATASETS="fashion-mnist" scripts/compare_tables.sh   runs one dataset's four tables
# Each run writes OUT_DIR/DATASET-KINDLEVEL/{results.csv,results.md,grid.png,images/,results.pt}.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
OUT="${1:-runs/compare}"
DDDG="${DDDG:-build/cli/dddg}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}"
for dataset in ${DATASETS:-mnist fashion-mnist}; do
    for setting in "noise --sigma 25" "noise --sigma 50" "blur --level 2" "blur --level 4"; do
        read -r kind flag value <<< "$setting"
        dir="$OUT/$dataset-$kind$value"
        echo "== $dataset, $kind $value → $dir"
        "$DDDG" compare --dataset "$dataset" --n 100 --degradation "$kind" "$flag" "$value" --methods all --seed 0 \
            --models resources/models --out "$dir"
    done
done
