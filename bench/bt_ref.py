# The PyTorch pieces every Barlow Twins bench twin shares (bench/train-step.py, bench/gpu.py): the official
# loss's off_diagonal and LARS, as the official facebookresearch/barlowtwins main.py writes them.
import torch

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
