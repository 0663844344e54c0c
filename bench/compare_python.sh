#!/usr/bin/env bash
# The C++ engine against its PyTorch-eager twin (bench/python_twin.py): DDDG training
# cycles/s at equal network size, measured in one run on this machine. Three settings:
# each program as a user starts it (no thread variables), then both on 1 and on 2 threads.
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
for threads in default 1 2; do
    if [ "$threads" = default ]; then
        cpp=$("$DDDG" bench --only train --seconds "$S" | rate)
        py=$("$PY" bench/python_twin.py --seconds "$S" | rate)
    else
        cpp=$(OMP_NUM_THREADS=$threads "$DDDG" bench --only train --seconds "$S" | rate)
        py=$("$PY" bench/python_twin.py --seconds "$S" --threads "$threads" | rate)
    fi
    ratio=$(awk -v a="$cpp" -v b="$py" 'BEGIN { printf "%.3f", a / b }')
    echo "{\"bench\":\"cpp_vs_python\",\"threads\":\"$threads\",\"cpp_cycles_per_s\":$cpp,\"python_cycles_per_s\":$py,\"ratio\":$ratio}"
done
