#!/usr/bin/env bash
# Training killed with SIGKILL at random moments (checkpoints are written every cycle, so
# some kills land mid-checkpoint), resumed each time: the checkpoint always loads, the metrics
# file stays valid and strictly increasing in step, nothing before the last checkpoint is
# lost, and the run reaches its end.
set -u
DDDG="$1"
ROOT="$2"
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
export OMP_NUM_THREADS=1
RUN="$W/run"
STEPS=60
TRAIN=(train --dataset mnist --data-dir "$ROOT/data/mnist" --out "$RUN" --steps "$STEPS" --tmax 3 --dz 8 --width 8 --batch 4
       --log-every 1 --checkpoint-every 1 --seed 3)
fail() { echo "FAIL $*"; exit 1; }
last_step() { grep -o '"step":[0-9]*' "$RUN/metrics.jsonl" | tail -1 | cut -d: -f2; }

RANDOM=7 # the same kill moments on every run of the test
kills=0
for round in 1 2 3 4 5 6; do
    resume=()
    [ -f "$RUN/latest.ckpt" ] && resume=(--resume)
    "$DDDG" "${TRAIN[@]}" "${resume[@]}" > /dev/null 2> "$W/err" &
    pid=$!
    # Wait until the run has made progress, then kill it after a random 0–400 ms.
    for _ in $(seq 100); do
        [ -f "$RUN/metrics.jsonl" ] && [ "$(last_step || echo 0)" -ge $((round * 3)) ] 2> /dev/null && break
        kill -0 "$pid" 2> /dev/null || break
        sleep 0.1
    done
    sleep "0.$((RANDOM % 4))$((RANDOM % 10))"
    if kill -9 "$pid" 2> /dev/null; then kills=$((kills + 1)); fi
    wait "$pid" 2> /dev/null
    [ -f "$RUN/latest.ckpt" ] || fail "round $round: no checkpoint after the kill"
    # The checkpoint loads (sampling from it needs every tensor).
    "$DDDG" sample --checkpoint "$RUN/latest.ckpt" --n 2 --out "$W/s.png" 2> "$W/err" || fail "round $round: checkpoint does not load: $(cat "$W/err")"
    echo "ok   round $round: killed at step $(last_step), checkpoint loads"
done
[ "$kills" -ge 3 ] || fail "only $kills of the runs were still going when killed"

"$DDDG" "${TRAIN[@]}" --resume > /dev/null 2> "$W/err" || fail "the final resume failed: $(tail -1 "$W/err")"
steps="$(grep -o '"step":[0-9]*' "$RUN/metrics.jsonl" | cut -d: -f2)"
# Every line is complete JSON, steps strictly increase, and 1…STEPS are all there.
lines=$(wc -l < "$RUN/metrics.jsonl")
complete=$(grep -c '^{.*}$' "$RUN/metrics.jsonl")
[ "$lines" -eq "$complete" ] || fail "metrics.jsonl has $((lines - complete)) broken lines"
echo "$steps" | awk 'NR > 1 && $1 <= prev { bad = 1 } { prev = $1 } END { exit bad }' || fail "steps go backwards or repeat"
[ "$(echo "$steps" | wc -l)" -eq "$STEPS" ] || fail "$(echo "$steps" | wc -l) metric lines for $STEPS cycles"
[ "$(last_step)" -eq "$STEPS" ] || fail "the run ended at step $(last_step), not $STEPS"
echo "ok   $kills kills, resumed each time; $STEPS cycles logged once each, in order"
