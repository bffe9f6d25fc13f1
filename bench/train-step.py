# PyTorch side of bench/train-step.mjs: the same networks (state-dict-compatible definitions), the official Barlow
# Twins loss and LARS, timed the same way.
import json, sys, time, statistics
import torch, torch.nn as nn, torch.nn.functional as F
import torchvision
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "testing"))
from convnet_ref import ConvNet  # the PyTorch twin of src/models/convnet.ts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bt_ref import LARS, off_diagonal

threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else 1
quick = "--quick" in sys.argv
torch.set_num_threads(threads)
torch.manual_seed(0)

def resnet18_cifar():
    m = torchvision.models.resnet18()
    m.conv1 = nn.Conv2d(3, 64, 3, 1, 1, bias=False); m.maxpool = nn.Identity(); m.fc = nn.Identity(); m.out_dim = 512
    return m

def projector(d):
    return nn.Sequential(nn.Linear(d, 512, bias=False), nn.BatchNorm1d(512), nn.ReLU(True),
                         nn.Linear(512, 512, bias=False), nn.BatchNorm1d(512), nn.ReLU(True), nn.Linear(512, 128, bias=False))

def measure(backbone, c, size, batch, reps):
    f = backbone; g = projector(f.out_dim); bn = nn.BatchNorm1d(128, affine=False)
    params = list(f.parameters()) + list(g.parameters())
    w = [p for p in params if p.ndim != 1]; b = [p for p in params if p.ndim == 1]
    opt = LARS([{'params': w}, {'params': b}], lr=0.2)
    v1 = torch.randn(batch, c, size, size); v2 = torch.randn(batch, c, size, size)
    def step():
        z1 = g(f(v1)); z2 = g(f(v2))
        cc = bn(z1).T @ bn(z2) / batch
        loss = torch.diagonal(cc).add_(-1).pow_(2).sum() + 0.0051 * off_diagonal(cc).pow_(2).sum()
        loss.backward(); opt.step()
        for p in params: p.grad = None
    for _ in range(2): step()
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter(); step(); ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts)

out = {"convnet_ms": measure(ConvNet(1), 1, 28, 256, 3 if quick else 10)}
if not quick: out["resnet_ms"] = measure(resnet18_cifar(), 3, 32, 128, 3)
print(json.dumps(out))
