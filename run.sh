#!/usr/bin/env bash
# DDDG Explorer: the two commands of the README.
#   ./run.sh         install what is missing, build, and open the explorer (on a display)
#                    or run the headless demo (without one)
#   ./run.sh test    install what is missing, build, and run the whole test suite
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
MODE="${1:-run}"
BUILD_DIR="${DDDG_BUILD_DIR:-build}"
JOBS="$(nproc 2>/dev/null || echo 2)"

# Debian 12 packages: compiler and build tools, the engine's libraries, data, test tools.
PACKAGES=(
    cmake
    ninja-build
    g++
    pkg-config
    libtorch-dev
    libgloo-dev
    libgoogle-glog-dev
    libopenblas0-pthread
    libspdlog-dev
    libfmt-dev
    zlib1g-dev
    libpng-dev
    libfreetype-dev
    libharfbuzz-dev
    libcli11-dev
    nlohmann-json3-dev
    libssl-dev
    libopencv-dev
    libgtest-dev
    dataset-fashion-mnist
    fonts-noto-color-emoji
    mate-backgrounds
    unicode-data
    qt6-base-dev
    qt6-base-dev-tools
    qt6-charts-dev
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-translations-l10n
    libqt6opengl6-dev
    libqt6svg6
    libgl-dev
    libgl1-mesa-dri
    libimgui-dev
    fonts-dejavu-core
    fonts-nanum
    xvfb
    xauth
    dpkg-dev
    desktop-file-utils
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing_packages() {
    local missing=()
    for pkg in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    log "installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    log "configuring and building in $BUILD_DIR ($JOBS jobs)"
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$BUILD_DIR" -j "$JOBS"
    make_datasets
}

# The shipped colour datasets, each made once into data/ where `--dataset NAME` finds it:
# `emoji` (docs/emoji.md) from Debian's emoji font, `photos` (docs/photos.md) from the nature
# photographs of mate-backgrounds. Not fatal: every other dataset works without them.
make_dataset() {
    local name="$1" tool="$2" source="$3"
    [ -d "data/$name" ] && return 0
    if [ ! -x "$tool" ]; then
        log "data/$name not made: $tool was not built"
        return 0
    fi
    log "making the $name dataset in data/$name from $source (once)"
    "$tool" --out "data/$name" > /dev/null || log "data/$name not made (the line above says why)"
}

make_datasets() {
    make_dataset emoji "$BUILD_DIR/tools/emoji/dddg-make-emoji" fonts-noto-color-emoji
    make_dataset photos "$BUILD_DIR/tools/photos/dddg-make-photos" mate-backgrounds
}

run_tests() {
    log "running the test suite"
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" --timeout 1200
}

# Without a display: the command-line demo on the bundled model, plus one screenshot per
# explorer view taken under a virtual X server.
run_demo() {
    local dddg="$BUILD_DIR/cli/dddg"
    local out="${DDDG_DEMO_DIR:-$PWD/demo-output}"
    local model="resources/models/dddg-fashion-mnist.ckpt"
    mkdir -p "$out"
    log "demo on $model → $out"
    "$dddg" degrade --dataset fashion-mnist --index 0 --count 4 --out "$out/degradation.png"
    "$dddg" sample --checkpoint "$model" --out "$out/samples.png" --n 10 --seed 0 --trajectory "$out/samples.pt"
    "$dddg" invert --checkpoint "$model" --dataset fashion-mnist --index 0 --count 4 --refine 20 \
        --out "$out/inversion.png" --trajectory "$out/inversion.pt" | tee "$out/inversion.json"
    "$dddg" eval --checkpoint "$model" --dataset fashion-mnist --n 500 | tee "$out/eval.json"
    "$dddg" compare --dataset fashion-mnist --n 8 --degradation noise --sigma 50 \
        --methods ddpm-linear,ddpm-cosine,dae,daed,nlm,bilateral,dddg --out "$out/compare"
    xvfb-run -a -s "-screen 0 1920x1200x24" "$BUILD_DIR/app/dddg-explorer" --screenshot "$out/screenshots"
    log "done. Open these files:"
    printf '  %s\n' "$out/degradation.png   forward degradation reduce_info(x, t), t = 0..t_max" \
        "$out/samples.png       sampled trajectories x'_0..x'_t_max, one per row" \
        "$out/inversion.png     per image: degraded targets, encoder inversion, refined inversion" \
        "$out/eval.json         reconstruction PSNR/SSIM (and FID (LeNet)) on 500 test images" \
        "$out/compare/          denoising σ = 50 by seven methods: grid.png, results.md, results.csv" \
        "$out/screenshots/      the explorer's views (timeline.png, latents.png, …)" >&2
}

# The suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer (build-sanitize).
run_sanitized_tests() {
    local dir="${BUILD_DIR}-sanitize"
    log "building the suite with ASan + UBSan in $dir"
    if [ ! -f "$dir/build.ninja" ]; then
        # -O1 and line tables only (-g1): reports keep file:line, and the LibTorch-heavy
        # sources compile about twice as fast as with RelWithDebInfo's -O2 -g.
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE= \
            -DCMAKE_CXX_FLAGS="-O1 -g1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
            -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
    fi
    cmake --build "$dir" -j "$JOBS"
    log "running the suite under the sanitizers"
    # LibTorch and Qt are not built with ASan: leaks inside them are theirs, not ours.
    ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        ctest --test-dir "$dir" --output-on-failure -j "$JOBS" --timeout 3600
}

# libFuzzer binaries (clang, ASan) for the file parsers; each runs FUZZ_RUNS executions
# (default 10^6) from its seed corpus in tests/fuzz/corpus and reports its count.
run_fuzzers() {
    local dir="${BUILD_DIR}-fuzz" runs="${FUZZ_RUNS:-1000000}"
    log "building the fuzz targets with clang in $dir"
    if [ ! -f "$dir/build.ninja" ]; then
        CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDDDG_FUZZ=ON \
            -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer"
    fi
    cmake --build "$dir" -j "$JOBS" --target fuzz_idx fuzz_metrics fuzz_checkpoint fuzz_image fuzz_session
    for target in idx metrics checkpoint image session; do
        local corpus work
        work="$(mktemp -d)"
        cp -r "tests/fuzz/corpus/$target/." "$work/"
        log "fuzz_$target: $runs executions"
        ASAN_OPTIONS="detect_leaks=0" QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 \
            "$dir/tests/fuzz/fuzz_$target" -runs="$runs" -max_len=1400000 -timeout=20 -rss_limit_mb=4096 \
            -print_final_stats=1 "$work" 2>&1 | grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done" || true
        rm -rf "$work"
    done
}

# With a display: the explorer on the bundled model and Fashion-MNIST.
run_explorer() {
    log "starting the explorer"
    exec "$BUILD_DIR/app/dddg-explorer"
}

case "$MODE" in
    test)
        install_missing_packages
        build
        run_tests
        ;;
    run)
        install_missing_packages
        build
        if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then run_explorer; else run_demo; fi
        ;;
    demo)
        install_missing_packages
        build
        run_demo
        ;;
    sanitize)
        install_missing_packages
        run_sanitized_tests
        ;;
    fuzz)
        install_missing_packages clang
        run_fuzzers
        ;;
    *)
        echo "usage: ./run.sh [test|demo|sanitize|fuzz]" >&2
        exit 2
        ;;
esac
