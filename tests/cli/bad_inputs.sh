#!/usr/bin/env bash
# Table-driven bad-input test (tests/cli/bad_inputs.table): every row must exit 2 with exactly
# one line on stderr, touch no output and no input, and stay within a memory limit.
set -u
DDDG="$1"
ROOT="$2"
TABLE="$ROOT/tests/cli/bad_inputs.table"
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
export OMP_NUM_THREADS=1
M="$ROOT/data/mnist"
CK="$ROOT/resources/models/dddg-fashion-mnist.ckpt"
DDPM="$ROOT/resources/models/ddpm-linear-mnist.ckpt"
LIMIT_KB=$((3 * 1024 * 1024)) # 3 GiB of address space: LibTorch maps about 1 GiB at start-up
if ldd "$DDDG" | grep -q libasan; then
    # Under AddressSanitizer (./run.sh sanitize) the shadow memory alone reserves terabytes of
    # address space: bound the resident size instead, at the same 3 GiB.
    export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=3072:allocator_may_return_null=1"
    bounded() { exec "$@"; }
else
    bounded() { ulimit -v "$LIMIT_KB"; exec "$@"; }
fi

# Fixtures
head -c 3000 "$CK" > "$W/truncated.ckpt"
echo "plain text, not a checkpoint" > "$W/text.ckpt"
echo "not a png" > "$W/fake.png"
head -c 100 "$ROOT/tests/fuzz/corpus/image/rgba.png" > "$W/cut.png" # a PNG cut short: libpng must stay quiet
mkdir -p "$W/run" "$W/bigidx" "$W/modified" "$W/unreadable/a" "$W/colour" "$W/cifar" "$W/loop/a"
cp "$W/fake.png" "$W/unreadable/a/one.png"; cp "$W/cut.png" "$W/unreadable/a/two.png" # a folder with nothing usable
cp "$ROOT/tests/fuzz/corpus/image/rgb.bmp" "$W/colour/"
head -c 1000 /dev/zero > "$W/cifar/data_batch_1.bin" # CIFAR-10 batches are 30,730,000 bytes
ln -s .. "$W/loop/a/up"                            # a link loop and no image: the scan must end
# A PNG header that declares 30000×30000 pixels (3.4 GB decoded) in 33 bytes
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x75\x30\x00\x00\x75\x30\x08\x02\x00\x00\x00\x00\x00\x00\x00' > "$W/huge.png"
# 5000×4000 (20 megapixels): readable, but more than is restored at its own size
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x13\x88\x00\x00\x0f\xa0\x08\x02\x00\x00\x00\x00\x00\x00\x00' > "$W/big20.png"
: > "$W/empty.png"
# Inpainting masks: binary but 10×10 (the images are 32×32); a 12×12 picture that ×8 does not divide
{ printf 'P5\n10 10\n255\n'; head -c 100 /dev/zero | tr '\0' '\377'; } > "$W/mask10.pgm"
{ printf 'P5\n12 12\n255\n'; head -c 144 /dev/urandom; } > "$W/odd12.pgm"
touch "$W/run/latest.ckpt"
# IDX headers that claim 20 000 000 images of 28×28 (15.7 GB) in a file of a few bytes
for split in train t10k; do
    { printf '\x00\x00\x08\x03\x01\x31\x2d\x00\x00\x00\x00\x1c\x00\x00\x00\x1c'; head -c 4096 /dev/zero; } | gzip > "$W/bigidx/$split-images-idx3-ubyte.gz"
    cp "$M/$split-labels-idx1-ubyte.gz" "$W/bigidx/"
done
# MNIST with one flipped byte in a label file
cp "$M"/*.gz "$W/modified/"
zcat "$M/t10k-labels-idx1-ubyte.gz" > "$W/labels"
printf '\x07' | dd of="$W/labels" bs=1 seek=100 conv=notrunc status=none
gzip -c "$W/labels" > "$W/modified/t10k-labels-idx1-ubyte.gz"
rm "$W/labels"
"$DDDG" degrade --dataset mnist --data-dir "$M" --index 0 --out "$W/strip.png" --tensor "$W/strip.pt" 2> /dev/null
before="$(cd "$W" && find . -type f | sort | xargs sha256sum; sha256sum "$CK" "$DDPM")"

passed=0
failed=0
while IFS='|' read -r fragment args; do
    fragment="$(echo "$fragment" | sed 's/[[:space:]]*$//')"
    case "$fragment" in ''|'#'*) continue ;; esac
    args="${args//@W@/$W}"; args="${args//@CK@/$CK}"; args="${args//@DDPM@/$DDPM}"; args="${args//@M@/$M}"
    read -r -a argv <<< "$args"
    (bounded "$DDDG" "${argv[@]}") > "$W/.stdout" 2> "$W/.stderr"
    code=$?
    lines=$(grep -c . "$W/.stderr")
    outputs=$(find "$W" -maxdepth 1 -name 'out*' | wc -l)
    row="dddg ${args//$W/W}"
    if [ "$code" -eq 2 ] && [ "$lines" -eq 1 ] && grep -q -- "$fragment" "$W/.stderr" && [ "$outputs" -eq 0 ]; then
        passed=$((passed + 1))
        echo "ok   $row"
    else
        failed=$((failed + 1))
        echo "FAIL $row (exit $code, $lines stderr lines, $outputs outputs, wanted '$fragment')"
        head -3 "$W/.stderr" | sed 's/^/     /'
    fi
    rm -rf "$W"/out*
done < "$TABLE"
after="$(cd "$W" && find . -type f -not -name '.std*' | sort | xargs sha256sum; sha256sum "$CK" "$DDPM")"
if [ "$before" = "$after" ]; then echo "ok   no input or fixture changed"; else echo "FAIL an input changed"; failed=$((failed + 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
