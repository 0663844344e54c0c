#!/usr/bin/env bash
# Trains the learned comparison baselines of one dataset on the CPU and ships them:
#   scripts/train_baselines.sh mnist|fashion-mnist|emoji [RUNS_DIR]
# Each model trains into RUNS_DIR/MODEL-DATASET (resumable: run the script again after an
# interruption and it continues every unfinished run), then `dddg export` writes its compact
# form (EMA weights, half precision) to resources/models/MODEL-DATASET.ckpt.
# One thread per run, so two datasets can train side by side on a 2-core machine.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
DATASET="${1:?usage: scripts/train_baselines.sh mnist|fashion-mnist|emoji [RUNS_DIR]}"
RUNS="${2:-runs/baselines}"
DDDG="${DDDG:-build/cli/dddg}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export DDDG_DATA_DIR="${DDDG_DATA_DIR:-$PWD/data}" # MNIST from the repository, whichever dddg binary runs
SEED=1

# name | flags (width 32, batch 32, Adam 1e-3, EMA 0.999 with warm-up: the defaults)
# emoji (64×64 colour) costs 4-5× more per step on one thread (ddpm 0.68 steps/s, daed 0.35,
# cold 0.79): its step counts keep each run under 30 minutes so the set trains in a sitting.
case "$DATASET" in
    emoji) DDPM_STEPS=1200 DAED_STEPS=600 COLD_STEPS=1000 ;;
    *)     DDPM_STEPS=1800 DAED_STEPS=1000 COLD_STEPS=1400 ;;
esac
MODELS=(
    "ddpm-linear|--method ddpm --schedule linear --steps $DDPM_STEPS"
    "ddpm-cosine|--method ddpm --schedule cosine --steps $DDPM_STEPS"
    "daed|--method daed --steps $DAED_STEPS"
    "cold-blur|--method cold --degradation blur --steps $COLD_STEPS"
    "cold-pool|--method cold --degradation pool --steps $COLD_STEPS"
    "cold-inpaint|--method cold --degradation inpaint --steps $COLD_STEPS"
)
# ONLY="daed cold-blur" trains a subset (two queues on two cores).
if [ -n "${ONLY:-}" ]; then
    kept=()
    for entry in "${MODELS[@]}"; do
        [[ " $ONLY " == *" ${entry%%|*} "* ]] && kept+=("$entry")
    done
    MODELS=("${kept[@]}")
fi

for entry in "${MODELS[@]}"; do
    name="${entry%%|*}"
    read -r -a flags <<< "${entry#*|}"
    run="$RUNS/$name-$DATASET"
    resume=()
    [ -f "$run/latest.ckpt" ] && resume=(--resume)
    echo "== $name on $DATASET ($(date -u +%FT%TZ), seed $SEED, $OMP_NUM_THREADS thread(s), $(nproc --all) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
    "$DDDG" train "${flags[@]}" --dataset "$DATASET" --out "$run" --seed "$SEED" --log-every 50 --checkpoint-every 200 "${resume[@]}"
    "$DDDG" export --checkpoint "$run/latest.ckpt" --out "resources/models/$name-$DATASET.ckpt"
    echo "   wall time $(tail -n 1 "$run/metrics.jsonl" | grep -o '"wall_s":[0-9.]*' | cut -d: -f2) s"
done
