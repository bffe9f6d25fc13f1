# PyTorch side of bench/engine.mjs: the same three measurements, printed as one JSON line.
import json, sys, time, statistics
import torch
import torch.nn.functional as F

threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else 1
torch.set_num_threads(threads)
torch.manual_seed(0)

def time_ms(fn, reps=5, warm=1):
    for _ in range(warm): fn()
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter(); fn(); ts.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ts)

a = torch.tensor([1., 2., 3., 4.]); b = torch.tensor([5., 6., 7., 8.])
N = 100_000
def adds():
    for _ in range(N): a.add(b)
add_us = time_ms(adds) * 1000 / N

m1 = torch.randn(1024, 1024); m2 = torch.randn(1024, 1024)
mm_ms = time_ms(lambda: m1.mm(m2), 10, 2)
gflops = 2 * 1024 ** 3 / (mm_ms / 1000) / 1e9

def p(shape, fan_in): return (torch.randn(shape) / fan_in ** 0.5).requires_grad_()
params = [p((32, 1, 3, 3), 9), p((32,), 9), p((64, 32, 3, 3), 288), p((64,), 288), p((256, 3136), 3136), p((256,), 3136), p((128, 256), 256), p((128,), 256)]
c1w, c1b, c2w, c2b, f1w, f1b, f2w, f2b = params
x = torch.randn(512, 1, 28, 28)
def step():
    h = F.max_pool2d(F.relu(F.conv2d(x, c1w, c1b, 1, 1)), 2)
    h = F.max_pool2d(F.relu(F.conv2d(h, c2w, c2b, 1, 1)), 2)
    h = F.relu(F.linear(h.flatten(1), f1w, f1b))
    z = F.linear(h, f2w, f2b)
    z.square().mean().backward()
    for q in params: q.grad = None
conv_ms = time_ms(step, 7, 2)
print(json.dumps({"add_us": add_us, "gflops": gflops, "conv_ms": conv_ms}))
