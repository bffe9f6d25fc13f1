# The PyTorch twin of src/models/convnet.ts (same layers, same state-dict names), shared by the parity tests and
# bench/train-step.py so that there is one definition to keep in step with the TypeScript one.
import torch.nn as nn
import torch.nn.functional as F


class ConvNet(nn.Module):
    def __init__(self, c=1):
        super().__init__()
        self.conv1 = nn.Conv2d(c, 32, 3, padding=1, bias=False); self.bn1 = nn.BatchNorm2d(32)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1, bias=False); self.bn2 = nn.BatchNorm2d(64)
        self.conv3 = nn.Conv2d(64, 256, 3, padding=1, bias=False); self.bn3 = nn.BatchNorm2d(256)
        self.out_dim = 256

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 2)
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)
        x = F.relu(self.bn3(self.conv3(x)))
        return F.adaptive_avg_pool2d(x, 1).flatten(1)
