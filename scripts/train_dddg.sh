#!/usr/bin/env bash
# Trains the shipped class-conditional DDDG model of one dataset on the CPU and ships it:
#   scripts/train_dddg.sh mnist|fashion-mnist|emoji [RUNS_DIR] [CYCLES] [more dddg train flags]
# The run trains into RUNS_DIR/dddg-DATASET (resumable: run the script again after an
# interruption, or with more CYCLES, and it continues), then `dddg export` writes it to
# resources/models/dddg-DATASET.ckpt. One thread, seed 1, the engine's defaults (width 16,
# t_max 6, d_z 64, batch 16, blur degradation) plus the flags given after CYCLES (the
# shipped models: docs/results.md says which, with their wall times).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
DATASET="${1:?usage: scripts/train_dddg.sh mnist|fashion-mnist|emoji [RUNS_DIR] [CYCLES]}"
RUNS="${2:-runs}"
CYCLES="${3:-4000}"
shift $(( $# < 3 ? $# : 3 ))
DDDG="${DDDG:-build/cli/dddg}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}"
run="$RUNS/dddg-$DATASET"
resume=()
[ -f "$run/latest.ckpt" ] && resume=(--resume)
"$DDDG" train --dataset "$DATASET" --out "$run" --steps "$CYCLES" --conditional --seed 1 --checkpoint-every 500 "${resume[@]}" "$@"
"$DDDG" export --checkpoint "$run/latest.ckpt" --out "resources/models/dddg-$DATASET.ckpt"
