# PyTorch side of bench/gpu.mjs: the same Barlow Twins step (torchvision ResNet twins of src/models/resnet.ts, the
# projector, the official loss and LARS), eager and with torch.compile, in float32 and bf16 autocast, on one device.
# Prints {"torch", "cuda", "steps": {"<backbone>/<precision>": {"eager": images/s, "compiled": images/s | null}}}.
import json, sys, time, statistics, os
import torch, torch.nn as nn
import torchvision
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bt_ref import LARS, off_diagonal

def arg(name, default=None):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default

device = torch.device(arg("--device", "cuda"))
widths = [int(w) for w in arg("--projector", "2048-2048-2048").split("-")]
reps = int(arg("--reps", "10"))
cases = json.loads(arg("--cases"))
compile_too = "--no-compile" not in sys.argv and hasattr(torch, "compile")
torch.backends.cudnn.benchmark = False  # ours does not autotune either

def backbone(name):
    if name == "resnet18-cifar":
        m = torchvision.models.resnet18()
        m.conv1 = nn.Conv2d(3, 64, 3, 1, 1, bias=False); m.maxpool = nn.Identity(); out = 512
    else:
        m = torchvision.models.resnet50(); out = 2048
    m.fc = nn.Identity()
    return m, out

def projector(d):
    layers, prev = [], d
    for i, w in enumerate(widths):
        layers.append(nn.Linear(prev, w, bias=False))
        if i < len(widths) - 1: layers += [nn.BatchNorm1d(w), nn.ReLU(True)]
        prev = w
    return nn.Sequential(*layers)

def sync():
    if device.type == "cuda": torch.cuda.synchronize(device)

def images_per_s(name, side, batch, precision, compiled):
    torch.manual_seed(0)
    f, d = backbone(name); g = projector(d)
    f, g = f.to(device), g.to(device)
    bn = nn.BatchNorm1d(widths[-1], affine=False).to(device)
    params = list(f.parameters()) + list(g.parameters())
    opt = LARS([{'params': [p for p in params if p.ndim != 1]}, {'params': [p for p in params if p.ndim == 1]}], lr=0.2)
    net = nn.Sequential(f, g)
    if compiled: net = torch.compile(net)
    v1 = torch.randn(batch, 3, side, side, device=device); v2 = torch.randn(batch, 3, side, side, device=device)
    def step():
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=precision == "bf16-mixed"):
            z1 = net(v1); z2 = net(v2)
        z1, z2 = z1.float(), z2.float()  # the loss in float32, as ours
        c = bn(z1).T @ bn(z2) / batch
        loss = torch.diagonal(c).add(-1).pow(2).sum() + 0.0051 * off_diagonal(c).pow(2).sum()
        loss.backward(); opt.step()
        for p in params: p.grad = None
    for _ in range(3): step()
    sync()
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter(); step(); sync(); ts.append(time.perf_counter() - t0)
    return batch / statistics.median(ts)

steps = {}
for _, name, side, batch in cases:
    for precision in ["32", "bf16-mixed"]:
        r = {"eager": images_per_s(name, side, batch, precision, False), "compiled": None}
        if compile_too:
            try:
                r["compiled"] = images_per_s(name, side, batch, precision, True)
            except Exception as e:  # compile needs a working Triton/inductor; report eager only
                print(f"torch.compile failed for {name}/{precision}: {e}", file=sys.stderr)
        steps[f"{name}/{precision}"] = r
print(json.dumps({"torch": torch.__version__, "cuda": torch.version.cuda, "steps": steps}))
