#!/usr/bin/env bash
# The figures of docs/results.md for one shipped model, the analogues of the DDDG paper's
# Figures 1–3 plus latent interpolations and the training curves:
#   scripts/results_figures.sh DATASET CHECKPOINT RUN_DIR OUT_DIR
# DATASET mnist|fashion-mnist; RUN_DIR holds the run's metrics.jsonl (for the curves; the
# plot needs gnuplot: apt-get install gnuplot-nox). Writes OUT_DIR/DATASET-*.png.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
DATASET="${1:?usage: scripts/results_figures.sh DATASET CHECKPOINT RUN_DIR OUT_DIR}"
CKPT="${2:?checkpoint}"
RUN="${3:?run folder}"
OUT="${4:?output folder}"
DDDG="${DDDG:-build/cli/dddg}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}"
mkdir -p "$OUT"
P="$OUT/$DATASET"
# Figure 1: the deterministic degradation x_t = reduce_info(x, t), t = 0 (constant) … t_max.
"$DDDG" degrade --dataset "$DATASET" --index 0 --count 6 --out "$P-degradation.png" --zoom 3
# Figure 2: sampling, x'_0 → x'_{t_max}, one row per class (seed 7).
"$DDDG" sample --checkpoint "$CKPT" --n 10 --seed 7 --out "$P-sampling.png" --zoom 3
# Figure 3: reconstruction of test images: targets, encoder-only and refined trajectories.
"$DDDG" invert --checkpoint "$CKPT" --dataset "$DATASET" --index 0 --count 6 --refine 20 --out "$P-reconstruction.png" --zoom 3
# Latent interpolation: 8 rows from seed 1's latents to seed 2's, class 3 (spherical, per step).
"$DDDG" sample --checkpoint "$CKPT" --n 8 --seed 1 --interpolate 2 --class 3 --out "$P-interpolation.png" --zoom 3
# Training curves from metrics.jsonl: the losses, L_enc and FID (LeNet) where logged.
if command -v gnuplot > /dev/null && [ -f "$RUN/metrics.jsonl" ]; then
    tsv="$(mktemp)"
    sed -n 's/.*"step":\([0-9]*\).*"loss_d":\([-0-9.e]*\),"loss_g":\([-0-9.e]*\),"loss_enc":\([-0-9.e]*\),"r1":\([-0-9.e]*\).*/\1\t\2\t\3\t\4\t\5/p' "$RUN/metrics.jsonl" > "$tsv"
    gnuplot <<PLOT
set terminal pngcairo size 900,420 font "sans,10"
set output "$P-training.png"
set multiplot layout 1,2 title "DDDG on $DATASET: training curves (metrics.jsonl)"
set xlabel "cycle"; set key top right; set grid
plot "$tsv" using 1:2 with lines title "L_D", "" using 1:3 with lines title "L_G", "" using 1:5 with lines title "R1"
set yrange [0:1.2]
plot "$tsv" using 1:4 with lines lw 2 title "L_enc (1 = encoder predicts nothing)"
unset multiplot
PLOT
    rm -f "$tsv"
else
    echo "note: no training curves (needs gnuplot and $RUN/metrics.jsonl)" >&2
fi
ls -1 "$P"-*.png
