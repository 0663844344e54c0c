#!/usr/bin/env bash
# Drives the `dddg` binary as a user would, on real MNIST: every command's happy path and
# the error paths (bad input → exit code 2 and one line on stderr, never a crash).
set -u
DDDG="$1"
ROOT="$2"
MNIST="$ROOT/data/mnist"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export OMP_NUM_THREADS=2
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -f "$WORK/err" ] && sed 's/^/     /' "$WORK/err" | head -5; }

# expect_ok NAME CMD...: exit 0
expect_ok() {
    local name="$1"; shift
    if "$@" > "$WORK/out" 2> "$WORK/err"; then pass "$name"; else fail "$name (exit $?)"; fi
}

# expect_bad NAME FRAGMENT CMD...: exit 2, a single "error:" line on stderr containing FRAGMENT
expect_bad() {
    local name="$1" fragment="$2"; shift 2
    "$@" > "$WORK/out" 2> "$WORK/err"
    local code=$?
    local lines
    lines=$(grep -c . "$WORK/err")
    if [ "$code" -eq 2 ] && [ "$lines" -eq 1 ] && grep -q "^error: .*$fragment" "$WORK/err"; then
        pass "$name"
    else
        fail "$name (exit $code, $lines stderr lines, wanted '$fragment')"
    fi
}

png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'; }
is_png() { [ "$(head -c 8 "$1" | od -An -c | tr -d ' ')" = "211PN G\r\n032\n" ] 2>/dev/null || head -c 4 "$1" | grep -q PNG; }
json_has() { grep -q "\"$2\":" "$1"; }

# --- help and dispatch
expect_ok "help" "$DDDG" --help
for cmd in train sample invert degrade eval fid classifier bench; do expect_ok "$cmd --help" "$DDDG" "$cmd" --help; done
"$DDDG" > /dev/null 2>&1; [ $? -eq 2 ] && pass "no command → 2" || fail "no command → 2"
"$DDDG" frobnicate > /dev/null 2>&1; [ $? -eq 2 ] && pass "unknown command → 2" || fail "unknown command → 2"

# --- degrade on real MNIST
expect_ok "degrade" "$DDDG" degrade --dataset mnist --data-dir "$MNIST" --index 3 --out "$WORK/strip.png" --tensor "$WORK/strip.pt"
is_png "$WORK/strip.png" && pass "degrade writes a PNG" || fail "degrade writes a PNG"
[ -s "$WORK/strip.pt" ] && pass "degrade writes a tensor file" || fail "degrade writes a tensor file"
expect_ok "degrade pool" "$DDDG" degrade --dataset mnist --data-dir "$MNIST" --degradation pool --out "$WORK/pool.png"

# --- MNIST is found without --data-dir, from any working directory (the repository's data/mnist
#     for this build-tree binary); a copy of the binary outside the build tree sees only the
#     documented places, and says where it looked when they hold nothing
mkdir -p "$WORK/elsewhere" "$WORK/bin" "$WORK/sets"
(cd "$WORK/elsewhere" && env -u DDDG_DATA_DIR HOME="$WORK/home" XDG_DATA_HOME= "$DDDG" degrade --dataset mnist --index 0 --out strip.png > /dev/null 2> "$WORK/err") \
    && [ -s "$WORK/elsewhere/strip.png" ] && pass "degrade mnist from another folder, no --data-dir" || fail "degrade mnist from another folder"
cp "$DDDG" "$WORK/bin/dddg"
expect_bad "mnist not found lists where it looked" "looked in $WORK/sets/mnist, $WORK/home/.local/share/dddg-explorer/data/mnist" \
    env DDDG_DATA_DIR="$WORK/sets" HOME="$WORK/home" XDG_DATA_HOME= "$WORK/bin/dddg" degrade --dataset mnist --index 0 --out "$WORK/x.png"
grep -q -- "--data-dir" "$WORK/err" && pass "not found names --data-dir" || fail "not found names --data-dir"
ln -s "$MNIST" "$WORK/sets/mnist"
expect_ok "DDDG_DATA_DIR/mnist is used" env DDDG_DATA_DIR="$WORK/sets" HOME="$WORK/home" "$WORK/bin/dddg" degrade --dataset mnist --index 1 --out "$WORK/x.png"
mkdir -p "$WORK/xdg/dddg-explorer/data" && ln -s "$MNIST" "$WORK/xdg/dddg-explorer/data/mnist"
expect_ok "XDG data folder is used" env -u DDDG_DATA_DIR HOME="$WORK/home" XDG_DATA_HOME="$WORK/xdg" "$WORK/bin/dddg" degrade --dataset mnist --index 1 --out "$WORK/x.png"
# A corrupt copy: one changed byte in the uncompressed training labels, and a truncated archive.
mkdir -p "$WORK/corrupt" "$WORK/cut"
cp "$MNIST/train-images-idx3-ubyte.gz" "$MNIST"/t10k-* "$WORK/corrupt/"
gunzip -c "$MNIST/train-labels-idx1-ubyte.gz" > "$WORK/corrupt/train-labels-idx1-ubyte"
printf '\x09' | dd of="$WORK/corrupt/train-labels-idx1-ubyte" bs=1 seek=100 conv=notrunc 2> /dev/null
expect_bad "modified MNIST is refused" "train-labels-idx1-ubyte is corrupt or modified" "$DDDG" degrade --dataset mnist --data-dir "$WORK/corrupt" --index 0 --out "$WORK/x.png"
head -c 4000000 "$MNIST/train-images-idx3-ubyte.gz" > "$WORK/cut/train-images-idx3-ubyte.gz"
cp "$MNIST/train-labels-idx1-ubyte.gz" "$MNIST"/t10k-* "$WORK/cut/"
expect_bad "truncated MNIST is refused" "train-images-idx3-ubyte.gz is truncated" "$DDDG" degrade --dataset mnist --data-dir "$WORK/cut" --index 0 --out "$WORK/x.png"

# --- train, refuse to overwrite, resume
TRAIN=(train --dataset mnist --data-dir "$MNIST" --out "$WORK/run" --tmax 3 --dz 8 --width 8 --batch 4 --log-every 1 --seed 5)
expect_ok "train" "$DDDG" "${TRAIN[@]}" --steps 2 --conditional
[ -f "$WORK/run/latest.ckpt" ] && pass "train writes latest.ckpt" || fail "train writes latest.ckpt"
[ "$(wc -l < "$WORK/run/metrics.jsonl")" -eq 2 ] && pass "metrics.jsonl has a line per cycle" || fail "metrics.jsonl lines"
json_has "$WORK/run/metrics.jsonl" loss_enc && pass "metrics carry loss_enc" || fail "metrics carry loss_enc"
expect_bad "train over an existing run" "exists" "$DDDG" "${TRAIN[@]}" --steps 2
expect_ok "train --resume" "$DDDG" "${TRAIN[@]}" --steps 3 --resume
[ "$(wc -l < "$WORK/run/metrics.jsonl")" -eq 3 ] && pass "resume appends metrics" || fail "resume appends metrics"
CKPT="$WORK/run/latest.ckpt"

# --- sample, invert, eval, bench
expect_ok "sample" "$DDDG" sample --checkpoint "$CKPT" --out "$WORK/grid.png" --n 4 --class 7 --trajectory "$WORK/tr.pt"
is_png "$WORK/grid.png" && pass "sample writes a PNG" || fail "sample writes a PNG"
head -c 2 "$WORK/tr.pt" | grep -q PK && pass "trajectory is a torch zip file" || fail "trajectory is a torch zip file"
expect_ok "sample --interpolate" "$DDDG" sample --checkpoint "$CKPT" --out "$WORK/interp.png" --n 5 --seed 1 --interpolate 2 --class 3
is_png "$WORK/interp.png" && pass "an interpolation writes a PNG" || fail "an interpolation writes a PNG"
expect_ok "invert with refinement" "$DDDG" invert --checkpoint "$CKPT" --dataset mnist --data-dir "$MNIST" --index 0 --count 2 --refine 2 --out "$WORK/inv.png" --trajectory "$WORK/inv.pt"
json_has "$WORK/out" psnr_refined && json_has "$WORK/out" ssim && pass "invert prints PSNR/SSIM" || fail "invert prints PSNR/SSIM"
expect_ok "eval" "$DDDG" eval --checkpoint "$CKPT" --dataset mnist --data-dir "$MNIST" --n 10 --batch 5
json_has "$WORK/out" psnr && json_has "$WORK/out" fid_lenet && grep -q '"n":10' "$WORK/out" && pass "eval prints one JSON line" || fail "eval JSON"
json_has "$WORK/out" l_enc && json_has "$WORK/out" l_enc_t1 && json_has "$WORK/out" diversity_ratio && pass "eval reports the latent diagnostics" || fail "eval latent diagnostics"
# --- tune-encoder: a new checkpoint that records its tuning; the input is untouched
cp "$CKPT" "$WORK/before-tuning.ckpt"
expect_ok "tune-encoder" "$DDDG" tune-encoder --checkpoint "$CKPT" --dataset mnist --data-dir "$MNIST" --steps 3 --batch 4 --out "$WORK/tuned.ckpt"
cmp -s "$CKPT" "$WORK/before-tuning.ckpt" && pass "tune-encoder leaves its input alone" || fail "tune-encoder changed its input"
grep -aq '"encoder_tuning_steps":3' "$WORK/tuned.ckpt" && pass "the tuned checkpoint records its steps" || fail "encoder_tuning_steps in the header"
expect_ok "eval of the tuned checkpoint" "$DDDG" eval --checkpoint "$WORK/tuned.ckpt" --dataset mnist --data-dir "$MNIST" --n 10 --batch 5
json_has "$WORK/out" psnr && pass "a tuned checkpoint loads and evaluates" || fail "eval of the tuned checkpoint"
# --- FID (LeNet): a quick classifier, then fid on a trajectory, the blurred test split, and eval
expect_ok "classifier (quick)" "$DDDG" classifier --dataset mnist --data-dir "$MNIST" --epochs 1 --limit 400 --out "$WORK/lenet.bin"
json_has "$WORK/out" test_accuracy && [ -s "$WORK/lenet.bin" ] && pass "classifier prints its accuracy and writes weights" || fail "classifier output"
FID=(fid --dataset mnist --data-dir "$MNIST" --classifier "$WORK/lenet.bin" --reference test)
expect_ok "fid of a trajectory file" "$DDDG" "${FID[@]}" --images "$WORK/tr.pt"
json_has "$WORK/out" fid_lenet && grep -q '"n":4' "$WORK/out" && grep -q '"reference":"test"' "$WORK/out" && pass "fid prints one JSON line" || fail "fid JSON"
expect_ok "fid of the blurred test split" "$DDDG" "${FID[@]}" --degrade-sigma 2 --n 300
grep -q '"fid_lenet":[0-9]' "$WORK/out" && grep -q 'sigma 2' "$WORK/out" && pass "fid of blurred images is a number" || fail "fid blurred JSON"
expect_ok "eval with FID (LeNet)" "$DDDG" eval --checkpoint "$CKPT" --dataset mnist --data-dir "$MNIST" --n 10 --batch 5 --classifier "$WORK/lenet.bin"
grep -q '"fid_lenet":[0-9]' "$WORK/out" && pass "eval computes fid_lenet with a classifier" || fail "eval fid_lenet"
expect_ok "bench" "$DDDG" bench --seconds 0.1 --width 8 --sample-batch 4
[ "$(grep -c '"bench"' "$WORK/out")" -eq 5 ] && pass "bench prints five JSON lines" || fail "bench JSON lines"
grep -q '"bench":"dddg_vs_ddpm_generation","ratio":[0-9]' "$WORK/out" && pass "bench compares DDDG with DDPM-1000 generation" || fail "bench DDDG vs DDPM"
expect_ok "bench of a picture at its own size" "$DDDG" bench --only photo --megapixels 0.05 --methods gaussian,median --dataset mnist --data-dir "$MNIST"
photo_ok() { # one JSON line of METHOD, ok, at 258x193, above the noisy input
    local line; line="$(grep "\"bench\":\"photo_$1\"" "$WORK/out")" || return 1
    echo "$line" | grep -q '"status":"ok"' && echo "$line" | grep -q '"size":"258x193"' && echo "$line" | grep -q '"peak_rss_mib":[1-9]' || return 1
    local psnr input
    psnr="$(echo "$line" | sed -E 's/.*"psnr":([0-9.]+).*/\1/')"; input="$(echo "$line" | sed -E 's/.*"input_psnr":([0-9.]+).*/\1/')"
    awk -v a="$psnr" -v b="$input" 'BEGIN { exit !(a > b && b > 15) }'
}
[ "$(grep -c '"bench"' "$WORK/out")" -eq 2 ] && photo_ok gaussian && photo_ok median \
    && pass "bench --only photo: a line per method at 258x193, each above the noisy input, with peak RSS" || fail "bench --only photo JSON"

# --- bad input: exit 2 with one line
expect_bad "missing checkpoint" "does not exist" "$DDDG" sample --checkpoint "$WORK/nope.ckpt" --out "$WORK/x.png"
head -c 5000 "$CKPT" > "$WORK/truncated.ckpt"
expect_bad "truncated checkpoint" "truncated" "$DDDG" sample --checkpoint "$WORK/truncated.ckpt" --out "$WORK/x.png"
expect_bad "foreign checkpoint" "not a DDDG checkpoint" "$DDDG" sample --checkpoint "$WORK/grid.png" --out "$WORK/x.png"
mkdir -p "$WORK/badidx"
printf 'garbage that is not idx' | gzip > "$WORK/badidx/train-images-idx3-ubyte.gz"
cp "$MNIST/train-labels-idx1-ubyte.gz" "$WORK/badidx/"
expect_bad "corrupt IDX" "train-images-idx3-ubyte.gz" "$DDDG" train --dataset mnist --data-dir "$WORK/badidx" --out "$WORK/r2" --steps 1
expect_bad "unknown flag" "unknown flag --colour" "$DDDG" sample --checkpoint "$CKPT" --out "$WORK/x.png" --colour red
expect_bad "missing --out" "--out is required" "$DDDG" train --dataset mnist --steps 1
expect_bad "bad number" "expects an integer" "$DDDG" sample --checkpoint "$CKPT" --out "$WORK/x.png" --n abc
expect_bad "missing image" "does not exist" "$DDDG" invert --checkpoint "$CKPT" --image "$WORK/none.png" --class 1 --out "$WORK/x.png"
echo "not an image" > "$WORK/fake.png"
expect_bad "unreadable image" "fake.png" "$DDDG" invert --checkpoint "$CKPT" --image "$WORK/fake.png" --class 1 --out "$WORK/x.png"
expect_bad "index past the end" "past the end" "$DDDG" degrade --dataset mnist --data-dir "$MNIST" --index 99999 --out "$WORK/x.png"
expect_bad "class on a conditional model needs a value in range" "must be in" "$DDDG" sample --checkpoint "$CKPT" --out "$WORK/x.png" --class 10
expect_bad "fid without a dataset" "--dataset is required" "$DDDG" fid --degrade-sigma 1
expect_bad "fid with two sources" "exactly one" "$DDDG" "${FID[@]}" --degrade-sigma 1 --images "$WORK/tr.pt"
expect_bad "fid on a missing dataset" "does not exist" "$DDDG" fid --dataset mnist --data-dir "$WORK/no-such-dir" --classifier "$WORK/lenet.bin" --degrade-sigma 1
expect_bad "fid of a missing file" "does not exist" "$DDDG" "${FID[@]}" --images "$WORK/none.pt"
echo "not a tensor file" > "$WORK/bad.pt"
expect_bad "fid of a bad tensor file" "bad.pt" "$DDDG" "${FID[@]}" --images "$WORK/bad.pt"
expect_bad "fid of a tensor file without images" "neither" "$DDDG" "${FID[@]}" --images "$WORK/strip.pt"
expect_bad "fid with a foreign classifier" "not a DDDG classifier" "$DDDG" fid --dataset mnist --data-dir "$MNIST" --classifier "$WORK/grid.png" --degrade-sigma 1
expect_bad "classifier on a missing dataset" "does not exist" "$DDDG" classifier --dataset mnist --data-dir "$WORK/no-such-dir" --out "$WORK/x.bin"
# --- an output is never an input (also through a link)
cp "$CKPT" "$WORK/keep.ckpt" && ln -sf "$WORK/keep.ckpt" "$WORK/keep-link.ckpt"
expect_bad "sample --out over its checkpoint" "is the --checkpoint input" "$DDDG" sample --checkpoint "$WORK/keep.ckpt" --out "$WORK/keep-link.ckpt"
expect_bad "sample --trajectory over its checkpoint" "is the --checkpoint input" "$DDDG" sample --checkpoint "$WORK/keep.ckpt" --out "$WORK/s.png" --trajectory "$WORK/keep.ckpt"
cmp -s "$CKPT" "$WORK/keep.ckpt" && pass "the checkpoint is untouched" || fail "the checkpoint is untouched"
expect_bad "degrade --out over its image" "is the --image input" "$DDDG" degrade --image "$WORK/strip.png" --out "$WORK/strip.png"

# --- signals: SIGTERM and SIGHUP stop after the current step with a checkpoint, exit 128 + signal
for sig in TERM HUP; do
    rm -rf "$WORK/sig"
    "$DDDG" train --method dae --dataset mnist --data-dir "$MNIST" --out "$WORK/sig" --width 8 --batch 4 --steps 100000 \
        --checkpoint-every 0 > /dev/null 2> "$WORK/sig.err" &
    pid=$!
    for _ in $(seq 1 100); do grep -q "1/100000\|steps/s" "$WORK/sig.err" 2> /dev/null && break; sleep 0.1; done
    kill -s "$sig" "$pid"
    wait "$pid"
    code=$?
    want=$((128 + $(kill -l "$sig")))
    [ "$code" -eq "$want" ] && [ -s "$WORK/sig/latest.ckpt" ] && pass "SIG$sig: checkpoint written, exit $want" || fail "SIG$sig (exit $code, wanted $want)"
done

# --- SIGKILL between checkpoints, then resume: the steps logged after the checkpoint are cut
#     and run again, so metrics.jsonl stays strictly increasing
rm -rf "$WORK/kill"
"$DDDG" train --method dae --dataset mnist --data-dir "$MNIST" --out "$WORK/kill" --width 8 --batch 4 --steps 100000 \
    --checkpoint-every 7 --log-every 1 > /dev/null 2>&1 &
pid=$!
for _ in $(seq 1 200); do [ -s "$WORK/kill/latest.ckpt" ] && [ "$(wc -l < "$WORK/kill/metrics.jsonl")" -ge 10 ] && break; sleep 0.1; done
kill -9 "$pid"; wait "$pid" 2> /dev/null
printf '{"step":99' >> "$WORK/kill/metrics.jsonl" # a line cut mid-write
expect_ok "resume after SIGKILL" "$DDDG" train --method dae --dataset mnist --data-dir "$MNIST" --out "$WORK/kill" --width 8 --batch 4 --steps 20 --resume
steps=$(grep -o '"step":[0-9]*' "$WORK/kill/metrics.jsonl" | cut -d: -f2 | tr '\n' ' ')
[ "$steps" = "$(seq -s ' ' 1 20) " ] && pass "metrics after kill and resume: steps 1..20 once each" || fail "metrics after kill and resume: $steps"

# --- baselines: train (a few steps, tiny), export, compare; bad comparison input
BASE=(train --method daed --dataset mnist --data-dir "$MNIST" --out "$WORK/daed" --width 8 --batch 4 --log-every 1 --seed 2)
expect_ok "train --method daed" "$DDDG" "${BASE[@]}" --steps 2
grep -q '"loss_dae":' "$WORK/daed/metrics.jsonl" && grep -q '"loss_eps":' "$WORK/daed/metrics.jsonl" && pass "daed logs its own losses" || fail "daed logs its own losses"
expect_ok "train --method daed --resume" "$DDDG" "${BASE[@]}" --steps 3 --resume
[ "$(wc -l < "$WORK/daed/metrics.jsonl")" -eq 3 ] && pass "baseline resume appends metrics" || fail "baseline resume appends metrics"
expect_bad "baseline resume of another method" "holds a daed run" "$DDDG" train --method ddpm --dataset mnist --data-dir "$MNIST" --out "$WORK/daed" --steps 4 --width 8 --batch 4 --resume
expect_bad "--schedule without ddpm" "--schedule applies to --method ddpm" "$DDDG" train --method dae --schedule cosine --dataset mnist --out "$WORK/x" --steps 1
expect_bad "unknown training method" "--method must be" "$DDDG" train --method bm3d --dataset mnist --out "$WORK/x" --steps 1
mkdir -p "$WORK/models"
expect_ok "export" "$DDDG" export --checkpoint "$WORK/daed/latest.ckpt" --out "$WORK/models/daed-mnist.ckpt"
expect_bad "export over its input" "is the --checkpoint input" "$DDDG" export --checkpoint "$WORK/daed/latest.ckpt" --out "$WORK/daed/latest.ckpt"
expect_bad "sample from a daed model" "holds a daed model" "$DDDG" sample --checkpoint "$WORK/models/daed-mnist.ckpt" --out "$WORK/x.png"
expect_bad "invert with a daed model" "holds a daed model, not a DDDG one" "$DDDG" invert --checkpoint "$WORK/models/daed-mnist.ckpt" --dataset mnist --data-dir "$MNIST" --index 0 --out "$WORK/x.png"
CMP=(compare --dataset mnist --data-dir "$MNIST" --models "$WORK/models" --n 4)
# (the copy outside the build tree sees no shipped models, so ddpm-cosine is surely missing)
expect_ok "compare (noise)" env DDDG_DATA_DIR="$WORK/sets" DDDG_MODELS_DIR="$WORK/none" "$WORK/bin/dddg" "${CMP[@]}" --degradation noise --sigma 50 --methods gaussian,dae,cold-tacos,ddpm-cosine --out "$WORK/cmp"
for f in results.csv results.md grid.png results.pt images/clean/0.png images/input/3.png images/dae/3.png images/gaussian/0.png; do
    [ -s "$WORK/cmp/$f" ] && pass "compare wrote $f" || fail "compare wrote $f"
done
grep -q '^cold-tacos,n/a,n/a,.*n/a: a deblurring method; it does not denoise' "$WORK/cmp/results.csv" && pass "cold on noise is an n/a row" || fail "cold on noise is an n/a row"
grep -q '^ddpm-cosine,n/a,.*skipped: .*dddg train --method ddpm --schedule cosine --dataset mnist' "$WORK/cmp/results.csv" && pass "missing model row says how to train it" || fail "missing model row"
grep -q 'skipped ddpm-cosine: .*dddg train --method ddpm --schedule cosine' "$WORK/err" && pass "missing model: one line on stderr" || fail "missing model: one line on stderr"
[ "$(grep -c . "$WORK/cmp/results.csv")" -eq 6 ] && pass "results.csv: header, input and one row per method" || fail "results.csv rows"
expect_ok "compare --image of another size" "$DDDG" compare --image "$WORK/strip.png" --dataset mnist --data-dir "$MNIST" --degradation blur --level 2 --methods wiener,median --out "$WORK/cmp-image"
grep -q '^wiener,[0-9]' "$WORK/cmp-image/results.csv" && grep -q '^median,n/a' "$WORK/cmp-image/results.csv" && pass "compare --image scores wiener, median n/a on blur" || fail "compare --image rows"
expect_ok "compare: noisy 8-bit deblurring" "$DDDG" "${CMP[@]}" --degradation blur --level 2 --sigma-y 12.75 --quantize --methods wiener --out "$WORK/cmp-noisy"
head -1 "$WORK/cmp-noisy/results.csv" | grep -q ',model,sigma_y,quantized,mask$' && grep -q '^wiener,[0-9].*,blur,2,.*,12.75,1,$' "$WORK/cmp-noisy/results.csv" \
    && pass "results.csv names the measurement noise and rounding" || fail "results.csv measurement columns: $(cat "$WORK/cmp-noisy/results.csv")"
expect_bad "compare: unknown method" "unknown method 'bm3d'; valid: all, ddpm-linear" "$DDDG" "${CMP[@]}" --degradation noise --methods nlm,bm3d --out "$WORK/c2"
expect_bad "compare: sigma 0" "--sigma must be in .0, 25500." "$DDDG" "${CMP[@]}" --degradation noise --sigma 0 --out "$WORK/c2"
expect_bad "compare: negative sigma" "--sigma must be in .0, 25500." "$DDDG" "${CMP[@]}" --degradation noise --sigma -3 --out "$WORK/c2"
expect_bad "compare: level out of range" "--level must be in .1, 5. for t_max 6" "$DDDG" "${CMP[@]}" --degradation blur --level 6 --out "$WORK/c2"
expect_bad "compare: level 0" "--level must be in .1, 5. for t_max 6" "$DDDG" "${CMP[@]}" --degradation pool --level 0 --out "$WORK/c2"
expect_bad "compare: n past the dataset" "past the end of mnist's test split" "$DDDG" compare --dataset mnist --data-dir "$MNIST" --first 9998 --n 4 --degradation noise --out "$WORK/c2"
expect_bad "compare: n 0" "--n must be in" "$DDDG" compare --dataset mnist --data-dir "$MNIST" --n 0 --degradation noise --out "$WORK/c2"
expect_bad "compare: unknown degradation" "--degradation must be noise, blur, pool, sr or inpaint" "$DDDG" "${CMP[@]}" --degradation jpeg --out "$WORK/c2"
expect_bad "compare: sigma with blur" "--sigma and --noise-step go with noise" "$DDDG" "${CMP[@]}" --degradation blur --sigma 25 --out "$WORK/c2"
[ ! -e "$WORK/c2/results.csv" ] && pass "refused comparisons write nothing" || fail "refused comparisons write nothing"
expect_ok "compare at DDPM's noise level t 600" "$DDDG" "${CMP[@]}" --degradation noise --noise-step 600 --methods median --out "$WORK/cmp-t600"
grep -q 'σ=782' "$WORK/cmp-t600/results.md" && pass "--noise-step 600 is σ 782" || fail "--noise-step 600 is σ 782: $(head -3 "$WORK/cmp-t600/results.md")"

# --- TDPM generation: the DDDG run as the implicit generator of x_K, K DDPM steps after it
expect_ok "sample --t-trunc" "$DDDG" sample --checkpoint "$ROOT/resources/models/ddpm-linear-mnist.ckpt" --implicit "$CKPT" --t-trunc 5 --n 3 --out "$WORK/tdpm.png" --trajectory "$WORK/tdpm.pt" --samples "$WORK/tdpm-samples.pt"
grep -q "3 TDPM samples; columns t = 5 … 0" "$WORK/err" && pass "TDPM says what it drew" || fail "TDPM says what it drew"
[ "$(png_size "$WORK/tdpm.png")" = "$((6 * 2 * 32 + 7 * 4)) $((3 * 2 * 32 + 4 * 4))" ] && pass "TDPM grid: 6 steps × 3 samples (zoom 2, gap 2 zoomed)" || fail "TDPM grid size $(png_size "$WORK/tdpm.png")"
expect_ok "FID of TDPM samples" "$DDDG" fid --dataset mnist --data-dir "$MNIST" --images "$WORK/tdpm.pt"
grep -q '"fid_lenet":[0-9]' "$WORK/out" && grep -q '"n":3' "$WORK/out" && pass "fid reads DDPM's samples" || fail "fid reads DDPM's samples: $(cat "$WORK/out")"
expect_ok "FID of --samples" "$DDDG" fid --dataset mnist --data-dir "$MNIST" --images "$WORK/tdpm-samples.pt"
grep -q '"n":3' "$WORK/out" && pass "sample --samples saves the images fid reads" || fail "sample --samples: $(cat "$WORK/out")"

# --- an image folder in colour (SPEC §10): classes from subfolders, a held-out split, the frame
# from the data, a resume without repeating it, and a comparison in colour with the folder's model
SEEDS="$ROOT/tests/fuzz/corpus/image"
for class in apples pears; do
    mkdir -p "$WORK/sprites/$class/nested"
    for i in 0 1 2 3 4 5; do cp "$SEEDS/rgba.png" "$WORK/sprites/$class/r$i.png"; cp "$SEEDS/rgb.bmp" "$WORK/sprites/$class/nested/b$i.bmp"; done
done
echo "not an image" > "$WORK/sprites/apples/broken.png"
expect_ok "train on a colour folder" "$DDDG" train --method dae --dataset "$WORK/sprites" --size 16 --steps 2 --batch 4 --out "$WORK/folder-run"
grep -q "1 file skipped (first: .*broken.png" "$WORK/err" && pass "a bad file in a folder is skipped and named" || fail "a bad file in a folder is skipped and named"
expect_ok "resume without repeating the frame" "$DDDG" train --method dae --dataset "$WORK/sprites" --steps 3 --batch 4 --out "$WORK/folder-run" --resume
mkdir -p "$WORK/folder-models" && cp "$WORK/folder-run/latest.ckpt" "$WORK/folder-models/dae-sprites.ckpt"
cp "$ROOT/resources/models/daed-mnist.ckpt" "$WORK/folder-models/daed-sprites.ckpt"
expect_ok "compare on a colour folder" "$DDDG" compare --dataset "$WORK/sprites" --models "$WORK/folder-models" --methods median,dae,daed --degradation noise --sigma 25 --n 2 --out "$WORK/cmp-folder"
grep -q '^dae,[0-9]' "$WORK/cmp-folder/results.csv" && pass "the folder's own colour model runs" || fail "the folder's own colour model runs"
grep -q "daed.*is 32×32 grey; the images are 16×16 colour" "$WORK/cmp-folder/results.csv" && pass "a model of another frame is named, not run" || fail "a model of another frame is named"
[ "$(od -An -tu1 -j25 -N1 "$WORK/cmp-folder/grid.png" | tr -d ' ')" = "2" ] && pass "the comparison grid is RGB" || fail "the comparison grid is RGB"

expect_ok "a classifier for the colour folder" "$DDDG" classifier --dataset "$WORK/sprites" --epochs 1 --batch 8 --out "$WORK/lenet-sprites.bin"
expect_ok "FID with the folder's own classifier" "$DDDG" fid --dataset "$WORK/sprites" --classifier "$WORK/lenet-sprites.bin" --images "$WORK/sprites/pears"
grep -q '"metric":"FID (sprites classifier)"' "$WORK/out" && pass "the FID names its classifier" || fail "the FID names its classifier"
expect_ok "a folder without a classifier gets SWD" "$DDDG" fid --dataset "$WORK/sprites" --images "$WORK/sprites/pears"
grep -q '"metric":"SWD (network-free)"' "$WORK/out" && grep -q '"swd":[0-9]' "$WORK/out" && grep -q '"swd_16":[0-9]' "$WORK/out" \
    && grep -q "scoring with SWD (network-free) instead" "$WORK/err" && pass "SWD is named and says why" || fail "SWD is named and says why"
expect_ok "SWD on request" "$DDDG" fid --dataset mnist --data-dir "$MNIST" --metric swd --reference test --degrade-sigma 2 --n 200
grep -q '"metric":"SWD (network-free)"' "$WORK/out" && grep -q '"swd_32":[0-9]' "$WORK/out" && pass "fid --metric swd" || fail "fid --metric swd"
expect_bad "SWD with a classifier" "needs no network" "$DDDG" fid --dataset mnist --data-dir "$MNIST" --metric swd --classifier "$WORK/lenet.bin" --degrade-sigma 1
expect_bad "an unknown metric" "--metric must be fid or swd" "$DDDG" fid --dataset mnist --data-dir "$MNIST" --metric kid --degrade-sigma 1

if "$DDDG" bench --device cuda --seconds 0.1 > /dev/null 2> "$WORK/err"; then
    pass "cuda bench (a GPU is present)"
else
    grep -q "CUDA" "$WORK/err" && pass "cuda without a GPU is a clear error" || fail "cuda without a GPU"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
