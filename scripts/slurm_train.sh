#!/usr/bin/env bash
# Data-parallel `dddg train` on a Slurm cluster: one rank per task, the rendezvous on the
# first node of the allocation (docs/distributed.md). Submit with the train flags:
#   sbatch scripts/slurm_train.sh --dataset mnist --out /shared/runs/mnist --steps 20000 --batch 64 --conditional
# --batch is the global batch: it must be divisible by the number of tasks. The run folder
# must be on a file system every node sees when the run is resumed (all ranks read
# latest.ckpt); rank 0 alone writes it.
#SBATCH --job-name=dddg-train
#SBATCH --nodes=2
#SBATCH --ntasks-per-node=1
#SBATCH --cpus-per-task=16
#SBATCH --time=04:00:00
set -euo pipefail
MASTER_ADDR="$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)"
export MASTER_ADDR
export MASTER_PORT="${MASTER_PORT:-29500}"
export WORLD_SIZE="$SLURM_NTASKS"
export OMP_NUM_THREADS="${SLURM_CPUS_PER_TASK:-1}"
# Each task learns its rank from Slurm; GLOO_SOCKET_IFNAME picks the network if needed.
srun bash -c 'RANK=$SLURM_PROCID LOCAL_RANK=$SLURM_LOCALID LOCAL_WORLD_SIZE=${SLURM_NTASKS_PER_NODE:-1} exec "${DDDG:-dddg}" train "$@"' _ "$@"
