#!/usr/bin/env bash
# Tunes the encoder of a trained DDDG model (docs/results.md, "Encoder tuning") and ships it:
#   scripts/tune_encoder.sh mnist|fashion-mnist [RUNS_DIR] [STEPS] [more dddg tune-encoder flags]
# Reads RUNS_DIR/dddg-DATASET/latest.ckpt (the run of scripts/train_dddg.sh, unchanged), writes
# RUNS_DIR/dddg-DATASET/encoder-tuned.ckpt (every 500 steps and at the end; Ctrl-C keeps what
# was learned), then copies it to resources/models/dddg-DATASET.ckpt. One thread, seed 1,
# Adam 1e-3, L_enc weight 0.03 (the shipped models: docs/results.md gives steps and wall time).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
DATASET="${1:?usage: scripts/tune_encoder.sh mnist|fashion-mnist [RUNS_DIR] [STEPS]}"
RUNS="${2:-runs}"
STEPS="${3:-12000}"
shift $(( $# < 3 ? $# : 3 ))
DDDG="${DDDG:-build/cli/dddg}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}"
run="$RUNS/dddg-$DATASET"
"$DDDG" tune-encoder --checkpoint "$run/latest.ckpt" --dataset "$DATASET" --out "$run/encoder-tuned.ckpt" \
    --steps "$STEPS" --lr 1e-3 --latent-weight 0.03 --seed 1 --checkpoint-every 500 "$@" || [ $? -ge 128 ]
"$DDDG" export --checkpoint "$run/encoder-tuned.ckpt" --out "resources/models/dddg-$DATASET.ckpt"
