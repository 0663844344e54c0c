#!/usr/bin/env bash
# The C++ engine against its PyTorch-eager twin (bench/python_twin.py): DDDG training
# cycles/s at equal network size, measured in one run on this machine. Each program as a
# user starts it (no variables set), then both on 1 and on 2 intra-op threads, then Python
# given by hand what the engine sets for itself (core/cpu_runtime.cpp: OpenBLAS on one
# thread, large buffers on the heap) — so the rows separate the runtime set-up from C++.
#   bench/compare_python.sh [SECONDS per measurement, default 20]
# Needs the built engine (./run.sh) and Debian's python3-torch (apt-get install python3-torch).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
DDDG="${DDDG:-build/cli/dddg}"
PY="${PYTHON:-/usr/bin/python3}"
S="${1:-20}"
[ -x "$DDDG" ] || { echo "error: $DDDG is not built; run ./run.sh first" >&2; exit 2; }
"$PY" -c 'import torch' 2> /dev/null || { echo "error: $PY has no torch; install python3-torch" >&2; exit 2; }
rate() { sed -n 's/.*"cycles_per_s": *\([0-9.e+-]*\).*/\1/p' | head -n 1; }
TUNED=(OPENBLAS_NUM_THREADS=1 MALLOC_MMAP_THRESHOLD_=268435456 MALLOC_TRIM_THRESHOLD_=1073741824)
for threads in default 1 2 tuned-python; do
    if [ "$threads" = default ]; then
        cpp=$("$DDDG" bench --only train --seconds "$S" | rate)
        py=$("$PY" bench/python_twin.py --seconds "$S" | rate)
    elif [ "$threads" = tuned-python ]; then
        cpp=$("$DDDG" bench --only train --seconds "$S" | rate)
        py=$(env "${TUNED[@]}" "$PY" bench/python_twin.py --seconds "$S" --threads "$(nproc)" | rate)
    else
        cpp=$(OMP_NUM_THREADS=$threads "$DDDG" bench --only train --seconds "$S" | rate)
        py=$("$PY" bench/python_twin.py --seconds "$S" --threads "$threads" | rate)
    fi
    ratio=$(awk -v a="$cpp" -v b="$py" 'BEGIN { printf "%.3f", a / b }')
    echo "{\"bench\":\"cpp_vs_python\",\"threads\":\"$threads\",\"cpp_cycles_per_s\":$cpp,\"python_cycles_per_s\":$py,\"ratio\":$ratio}"
done
