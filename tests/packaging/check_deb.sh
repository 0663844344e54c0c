#!/usr/bin/env bash
# Builds the .deb with CPack and checks it as an installer would see it: the files a user
# needs are inside, its dependencies are declared, and the unpacked programs start.
set -euo pipefail
BUILD="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$WORK/out" > "$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; exit 1; }
DEB="$(ls "$WORK"/out/*.deb)"
dpkg-deb -c "$DEB" | awk '{print $6}' > "$WORK/contents"
for f in ./usr/bin/dddg-explorer ./usr/bin/dddg ./usr/share/applications/dddg-explorer.desktop \
         ./usr/share/icons/hicolor/scalable/apps/dddg-explorer.svg \
         ./usr/share/dddg-explorer/models/dddg-fashion-mnist.ckpt \
         ./usr/share/dddg-explorer/classifiers/lenet-fashion-mnist.bin \
         ./usr/share/dddg-explorer/classifiers/lenet-mnist.bin \
         ./usr/share/dddg-explorer/runs/bundled-fashion-mnist/metrics.jsonl \
         ./usr/share/dddg-explorer/data/mnist/train-images-idx3-ubyte.gz \
         ./usr/share/dddg-explorer/data/mnist/train-labels-idx1-ubyte.gz \
         ./usr/share/dddg-explorer/data/mnist/t10k-images-idx3-ubyte.gz \
         ./usr/share/dddg-explorer/data/mnist/t10k-labels-idx1-ubyte.gz \
         ./usr/share/dddg-explorer/data/mnist/README.md \
         ./usr/share/dddg-explorer/models/ddpm-linear-mnist.ckpt \
         ./usr/share/dddg-explorer/models/daed-fashion-mnist.ckpt; do
    grep -qx "$f" "$WORK/contents" || { echo "FAIL: $f is not in $DEB"; exit 1; }
done
depends="$(dpkg-deb -f "$DEB" Depends)"
for dep in libqt6widgets6 libtorch1.13 libqt6svg6 dataset-fashion-mnist; do
    grep -q "$dep" <<< "$depends" || { echo "FAIL: Depends lacks $dep: $depends"; exit 1; }
done
dpkg-deb -x "$DEB" "$WORK/root"
# The example run's checkpoint is the bundled model (a link, or a copy), readable where it lands.
test -s "$WORK/root/usr/share/dddg-explorer/runs/bundled-fashion-mnist/latest.ckpt" || { echo "FAIL: the example run has no latest.ckpt"; exit 1; }
grep -q '^Exec=dddg-explorer' "$WORK/root/usr/share/applications/dddg-explorer.desktop" || { echo "FAIL: desktop Exec"; exit 1; }
if command -v desktop-file-validate > /dev/null; then desktop-file-validate "$WORK/root/usr/share/applications/dddg-explorer.desktop"; fi
"$WORK/root/usr/bin/dddg" --help > /dev/null
# The unpacked dddg finds its own MNIST (share/dddg-explorer/data/mnist next to it), run from
# an unrelated folder and with no user data folder, exactly as on a clean installed system.
(cd "$WORK" && HOME="$WORK/home" XDG_DATA_HOME= DDDG_DATA_DIR= "$WORK/root/usr/bin/dddg" degrade --dataset mnist --index 0 --out "$WORK/strip.png") \
    || { echo "FAIL: the packaged dddg does not find its MNIST"; exit 1; }
test -s "$WORK/strip.png" || { echo "FAIL: the packaged dddg wrote no strip"; exit 1; }
QT_QPA_PLATFORM=offscreen "$WORK/root/usr/bin/dddg-explorer" --version | grep -q "dddg-explorer" || { echo "FAIL: explorer does not start"; exit 1; }
echo "ok: $(basename "$DEB") ($(du -h "$DEB" | cut -f1)) holds the explorer, the CLI, the model, the classifiers, MNIST and the desktop entry"
