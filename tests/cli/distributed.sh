#!/usr/bin/env bash
# `dddg train --nproc N` and ranks started by another launcher (SPEC §9): faults end the run
# with a clear error within the timeout instead of hanging, the last checkpoint loads and
# the run resumes; bad set-ups exit 2 with one line and leave nothing behind.
set -u
DDDG="$1"
ROOT="$2"
W="$(mktemp -d)"
trap 'kill $(jobs -p) 2> /dev/null; rm -rf "$W"' EXIT
export OMP_NUM_THREADS=1
TRAIN=(train --dataset mnist --data-dir "$ROOT/data/mnist" --tmax 3 --dz 8 --width 8 --log-every 1
       --checkpoint-every 2 --seed 3)
fail() { echo "FAIL $*"; exit 1; }
ok() { echo "ok   $*"; }
last_step() { grep -o '"step":[0-9]*' "$1/metrics.jsonl" 2> /dev/null | tail -1 | cut -d: -f2; }
wait_for_step() { # RUN STEP PID: until RUN has logged STEP (or PID ended)
    for _ in $(seq 300); do
        [ "$(last_step "$1" || echo 0)" -ge "$2" ] 2> /dev/null && return 0
        kill -0 "$3" 2> /dev/null || return 1
        sleep 0.1
    done
    return 1
}
rank_pid() { pgrep -f -- "--out $1 " | while read -r p; do # a rank (not the launcher) of RUN
    tr '\0' '\n' < "/proc/$p/environ" 2> /dev/null | grep -qx "RANK=$2" && echo "$p"; done | head -1; }
one_line() { [ "$(wc -l < "$1")" -eq 1 ] || fail "$2: expected one line on stderr, got: $(cat "$1")"; }

# 1. A rank killed (SIGKILL) mid-run: the other stops with one clear error, fast.
for victim in 1 0; do
    RUN="$W/kill$victim"
    "$DDDG" "${TRAIN[@]}" --batch 8 --out "$RUN" --steps 400 --nproc 2 --dist-timeout 5 > /dev/null 2> "$W/err" &
    launcher=$!
    wait_for_step "$RUN" 3 "$launcher" || fail "kill $victim: the run made no progress: $(cat "$W/err")"
    pid="$(rank_pid "$RUN" "$victim")"
    [ -n "$pid" ] || fail "kill $victim: rank $victim not found"
    start=$(date +%s)
    kill -9 "$pid"
    wait "$launcher"
    code=$?
    took=$(( $(date +%s) - start ))
    [ "$code" -ne 0 ] || fail "kill $victim: the launcher exited 0"
    [ "$took" -le 15 ] || fail "kill $victim: the run took ${took}s to end after the kill"
    grep -q "rank $victim ended by signal 9" "$W/err" || fail "kill $victim: no line names the killed rank: $(cat "$W/err")"
    grep -q "lost contact with the other ranks" "$W/err" || fail "kill $victim: the survivor did not say why it stopped: $(cat "$W/err")"
    [ "$(grep -c "^error" "$W/err")" -le 2 ] || fail "kill $victim: more than the two error lines expected: $(cat "$W/err")"
    "$DDDG" sample --checkpoint "$RUN/latest.ckpt" --n 2 --out "$W/s.png" 2> "$W/serr" || fail "kill $victim: checkpoint does not load: $(cat "$W/serr")"
    at=$(last_step "$RUN")
    "$DDDG" "${TRAIN[@]}" --batch 8 --out "$RUN" --steps $((at + 4)) --nproc 2 --dist-timeout 5 --resume > /dev/null 2> "$W/err" || fail "kill $victim: resume failed: $(cat "$W/err")"
    [ "$(last_step "$RUN")" -eq $((at + 4)) ] || fail "kill $victim: resume did not reach step $((at + 4))"
    ok "rank $victim killed: the run ended in ${took}s with code $code, the checkpoint loads, resume reached step $((at + 4))"
done

# 2. A rank that hangs (SIGSTOP): the other gives up after --dist-timeout, the launcher ends it.
RUN="$W/hang"
"$DDDG" "${TRAIN[@]}" --batch 8 --out "$RUN" --steps 400 --nproc 2 --dist-timeout 5 > /dev/null 2> "$W/err" &
launcher=$!
wait_for_step "$RUN" 3 "$launcher" || fail "hang: the run made no progress: $(cat "$W/err")"
pid="$(rank_pid "$RUN" 1)"
start=$(date +%s)
kill -STOP "$pid"
wait "$launcher"
code=$?
took=$(( $(date +%s) - start ))
[ "$code" -ne 0 ] || fail "hang: the launcher exited 0"
[ "$took" -le 25 ] || fail "hang: ${took}s to give up on a stopped rank (timeout 5 s)"
kill -0 "$pid" 2> /dev/null && fail "hang: the stopped rank was left behind"
"$DDDG" sample --checkpoint "$RUN/latest.ckpt" --n 2 --out "$W/s.png" 2> /dev/null || fail "hang: checkpoint does not load"
ok "rank 1 stopped: the run gave up in ${took}s (code $code): $(grep "^error" "$W/err" | cut -c1-160)"

# 3. Ctrl-C (SIGINT to the launcher): every rank stops at the same cycle, rank 0 checkpoints.
RUN="$W/stop"
"$DDDG" "${TRAIN[@]}" --batch 8 --out "$RUN" --steps 400 --nproc 2 --dist-timeout 5 > /dev/null 2> "$W/err" &
launcher=$!
wait_for_step "$RUN" 3 "$launcher" || fail "stop: the run made no progress"
kill -INT "$launcher"
wait "$launcher"
code=$?
[ "$code" -eq 130 ] || fail "stop: exit code $code, not 130: $(cat "$W/err")"
grep -q "^stopped at cycle" "$W/err" || fail "stop: rank 0 did not report the stop: $(cat "$W/err")"
grep -qi "error" "$W/err" && fail "stop: a rank failed while stopping: $(cat "$W/err")"
ok "SIGINT: stopped at cycle $(last_step "$RUN") with code 130"

# 4. Bad set-ups: exit 2, one line, no run folder.
expect_bad() { # FRAGMENT NAME ARGS…: run, check the code, the one line and that nothing was written
    local fragment="$1" name="$2"; shift 2
    "$@" > /dev/null 2> "$W/err"
    local code=$?
    [ "$code" -eq 2 ] || fail "$name: exit code $code, not 2: $(cat "$W/err")"
    one_line "$W/err" "$name"
    grep -q -- "$fragment" "$W/err" || fail "$name: '$fragment' not in: $(cat "$W/err")"
    [ -e "$W/bad" ] && fail "$name: it created the run folder"
    ok "$name: $(cat "$W/err")"
}
expect_bad "not divisible by --nproc" "batch not divisible" "$DDDG" "${TRAIN[@]}" --out "$W/bad" --steps 2 --batch 6 --nproc 4
expect_bad "larger than --batch" "more processes than images" "$DDDG" "${TRAIN[@]}" --out "$W/bad" --steps 2 --batch 4 --nproc 8
expect_bad "cannot reach the master" "unreachable master" env RANK=1 WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT=9 \
    "$DDDG" "${TRAIN[@]}" --batch 8 --out "$W/bad" --steps 2 --dist-timeout 2
expect_bad "RANK=5 must be" "rank outside the world" env RANK=5 WORLD_SIZE=2 "$DDDG" "${TRAIN[@]}" --batch 8 --out "$W/bad" --steps 2
# A port in use: a first rank 0 holds it while it waits for its partner.
PORT=$((20000 + RANDOM % 20000))
RANK=0 WORLD_SIZE=2 MASTER_PORT=$PORT "$DDDG" "${TRAIN[@]}" --batch 8 --out "$W/holder" --steps 2 --dist-timeout 20 > /dev/null 2>&1 &
holder=$!
for _ in $(seq 50); do (exec 3<> "/dev/tcp/127.0.0.1/$PORT") 2> /dev/null && break; sleep 0.1; done
expect_bad "port $PORT" "port in use" env RANK=0 WORLD_SIZE=2 MASTER_PORT=$PORT "$DDDG" "${TRAIN[@]}" --batch 8 --out "$W/bad" --steps 2
kill "$holder" 2> /dev/null
wait "$holder" 2> /dev/null
echo "all distributed checks passed"
