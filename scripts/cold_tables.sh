#!/usr/bin/env bash
# Cold Diffusion's Tables 1–3 on MNIST (Bansal et al.: degraded / sampled / direct, each with
# FID, SSIM and RMSE) for our blur, inpainting and super-resolution operators:
#   scripts/cold_tables.sh [OUT_DIR]   (default runs/cold-tables; N=1000 test images, seed 0)
# Sampled is TACoS, direct is R(x_S, S) in one evaluation. FID (LeNet) against the training
# split's statistics (`dddg fid`); RMSE on [0, 1] is 10^(−PSNR/20) of the mean PSNR.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
OUT="${1:-runs/cold-tables}"
DDDG="${DDDG:-build/cli/dddg}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}"
N="${N:-1000}"
mkdir -p "$OUT"

table() { # name, flags…
    local name="$1"; shift
    "$DDDG" compare --dataset mnist --n "$N" --seed 0 --methods cold-tacos,cold-direct --out "$OUT/$name" "$@" 2>"$OUT/$name.log"
    echo "## $name: $*"
    echo "| | FID (LeNet) | SSIM | RMSE |"
    echo "| --- | ---: | ---: | ---: |"
    for row in input:degraded cold-tacos:sampled cold-direct:direct; do
        local method="${row%%:*}" label="${row#*:}"
        local fid psnr ssim
        fid="$("$DDDG" fid --dataset mnist --images "$OUT/$name/images/$method" 2>/dev/null | grep -o '"fid_lenet":[0-9.]*' | cut -d: -f2)"
        psnr="$(grep "^$method," "$OUT/$name/results.csv" | cut -d, -f2)"
        ssim="$(grep "^$method," "$OUT/$name/results.csv" | cut -d, -f3)"
        printf '| %s | %.2f | %.3f | %.3f |\n' "$label" "$fid" "$ssim" "$(awk -v p="$psnr" 'BEGIN { print 10 ^ (-p / 20) }')"
    done
}

table blur1 --degradation blur --level 1
table inpaint50 --degradation inpaint --level 50
table sr8 --degradation sr --factor 8
