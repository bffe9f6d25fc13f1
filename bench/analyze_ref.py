"""bench:analyze reference: what a researcher would write with numpy + PyTorch on the same .npy file.
Loads the whole array, covariance (1/N) in float64, eigvalsh, and svdvals of the raw Z (RankMe).
Usage: analyze_ref.py FILE THREADS [--no-svd]   → prints {"ms": wall time, "rssMB": peak RSS}."""
import json, resource, sys, time
import numpy as np
import torch

path, threads = sys.argv[1], int(sys.argv[2])
torch.set_num_threads(threads)
t0 = time.perf_counter()
z = torch.from_numpy(np.load(path)).double()          # [N, D]
n = z.shape[0]
if "--no-svd" not in sys.argv:
    s = torch.linalg.svdvals(z)                        # RankMe needs the raw, uncentred Z
    p = s / s.sum() + 1e-7
    rankme = float(torch.exp(-(p * p.log()).sum()))
z -= z.mean(0)                                         # centred in place: no second N×D copy
c = z.T @ z / n                                        # [D, D]
lam = torch.linalg.eigvalsh(c).flip(0).clamp(min=0)
ms = (time.perf_counter() - t0) * 1000
print(json.dumps({"ms": ms, "rssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "lambda1": float(lam[0])}))
