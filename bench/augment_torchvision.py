"""torchvision counterpart of bench/augment.mjs: two-view augmented images/s with the same pipelines
(CIFAR preset on 32x32 RGB, Fashion-MNIST preset on 28x28 gray), batch 256, DataLoader with 2 workers.
Prints JSON {"cifar": imgs_per_s, "fashion": imgs_per_s}. Run with Debian's /usr/bin/python3 (torchvision 0.14)."""
import json, sys, time
import numpy as np
import torch
from PIL import Image, ImageOps
from torch.utils.data import DataLoader, Dataset
import torchvision.transforms as T

class Solarize:
    def __init__(self, p): self.p = p
    def __call__(self, img): return ImageOps.solarize(img) if torch.rand(1).item() < self.p else img

def cifar_view(sol_p):
    return T.Compose([
        T.RandomResizedCrop(32, scale=(0.08, 1.0)), T.RandomHorizontalFlip(),
        T.RandomApply([T.ColorJitter(0.4, 0.4, 0.2, 0.1)], p=0.8), T.RandomGrayscale(p=0.2),
        Solarize(sol_p), T.ToTensor(), T.Normalize((0.4914, 0.4822, 0.4465), (0.247, 0.243, 0.261))])

def fashion_view(blur_p, sol_p):
    return T.Compose([
        T.RandomResizedCrop(28, scale=(0.25, 1.0)), T.RandomHorizontalFlip(),
        T.RandomApply([T.ColorJitter(0.4, 0.4)], p=0.8),
        T.RandomApply([T.GaussianBlur(3, sigma=(0.1, 1.0))], p=blur_p),
        Solarize(sol_p), T.ToTensor(), T.Normalize((0.286,), (0.353,))])

class TwoViews(Dataset):
    def __init__(self, data, mode, t1, t2):
        self.data, self.mode, self.t1, self.t2 = data, mode, t1, t2
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        img = Image.fromarray(self.data[i], mode=self.mode)
        return self.t1(img), self.t2(img)

def measure(ds, seconds):
    dl = DataLoader(ds, batch_size=256, shuffle=True, num_workers=2, drop_last=True, persistent_workers=True)
    it = iter(dl)
    for _ in range(3): next(it)  # warm-up: workers started
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        try: a, b = next(it)
        except StopIteration:
            it = iter(dl); continue
        n += a.shape[0] * 2
    return n / (time.perf_counter() - t0)

if __name__ == "__main__":
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    torch.set_num_threads(1)
    rng = np.random.default_rng(0)
    cifar = rng.integers(0, 256, size=(20000, 32, 32, 3), dtype=np.uint8)
    fashion = rng.integers(0, 256, size=(20000, 28, 28), dtype=np.uint8)
    fm_path = "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"
    try:
        import gzip
        raw = gzip.open(fm_path).read()
        fashion = np.frombuffer(raw, np.uint8, offset=16).reshape(-1, 28, 28)[:20000].copy()
    except OSError:
        pass
    out = {
        "cifar": measure(TwoViews(cifar, "RGB", cifar_view(0.0), cifar_view(0.2)), seconds),
        "fashion": measure(TwoViews(fashion, "L", fashion_view(0.5, 0.0), fashion_view(0.1, 0.1)), seconds),
    }
    print(json.dumps(out))
