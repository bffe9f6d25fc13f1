# PyTorch side of bench/train-step.mjs: the same networks (state-dict-compatible definitions), the official Barlow
# Twins loss and LARS, timed the same way.
import json, sys, time, statistics
import torch, torch.nn as nn, torch.nn.functional as F
import torchvision
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "testing"))
from convnet_ref import ConvNet  # the PyTorch twin of src/models/convnet.ts

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

def off_diagonal(x):
    n, m = x.shape
    return x.flatten()[:-1].view(n - 1, n + 1)[:, 1:].flatten()

class LARS(torch.optim.Optimizer):  # as the official Barlow Twins main.py
    def __init__(self, params, lr, weight_decay=1e-6, momentum=0.9, eta=0.001):
        super().__init__(params, dict(lr=lr, weight_decay=weight_decay, momentum=momentum, eta=eta))
    @torch.no_grad()
    def step(self):
        for g in self.param_groups:
            for p in g['params']:
                dp = p.grad
                if dp is None: continue
                if p.ndim != 1:
                    dp = dp.add(p, alpha=g['weight_decay'])
                    param_norm = torch.norm(p); update_norm = torch.norm(dp); one = torch.ones_like(param_norm)
                    q = torch.where(param_norm > 0., torch.where(update_norm > 0, (g['eta'] * param_norm / update_norm), one), one)
                    dp = dp.mul(q)
                st = self.state[p]
                if 'mu' not in st: st['mu'] = torch.zeros_like(p)
                mu = st['mu']; mu.mul_(g['momentum']).add_(dp)
                p.add_(mu, alpha=-g['lr'])

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
