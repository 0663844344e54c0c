#!/usr/bin/env python3
"""The DDDG training cycle in PyTorch eager, for measuring the C++ engine against it.

The same networks as core/generator.cpp and core/discriminator.cpp (equalised layers,
FiLM-modulated U-Net generator, one trunk with adversarial and encoder heads), the same
degradation (one Gaussian blur of sigma_t per level, reflect padding), the same cycle as
training/trainer.cpp (per step: D step with NSGAN + lambda_enc * L_enc + lambda_R1 * R1, G step
against the updated D, DLSGAN's v update, EMA of G and D) and the same Adam settings. It
trains on random images of MNIST's shape: this measures speed, not results.

Prints one JSON line: {"bench":"python_twin","cycles_per_s":...,"threads":...,...}.
Needs Debian's python3-torch (apt-get install python3-torch); bench/compare_python.sh runs
it beside `dddg bench` and reports the ratio.
"""
import argparse
import json
import math
import time

import torch
import torch.nn.functional as F

LRELU_GAIN = math.sqrt(2.0)


def lrelu(x):
    return F.leaky_relu(x, 0.2)


class EqConv2d(torch.nn.Module):
    def __init__(self, cin, cout, k, gain=LRELU_GAIN):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.randn(cout, cin, k, k))
        self.bias = torch.nn.Parameter(torch.zeros(cout))
        self.scale = gain / math.sqrt(cin * k * k)
        self.pad = k // 2

    def forward(self, x):
        return F.conv2d(x, self.weight * self.scale, self.bias, 1, self.pad)


class EqLinear(torch.nn.Module):
    def __init__(self, cin, cout, gain=LRELU_GAIN):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.randn(cout, cin))
        self.bias = torch.nn.Parameter(torch.zeros(cout))
        self.scale = gain / math.sqrt(cin)

    def forward(self, x):
        return F.linear(x, self.weight * self.scale, self.bias)


class StyledConv(torch.nn.Module):
    def __init__(self, cin, cout, style):
        super().__init__()
        self.conv = EqConv2d(cin, cout, 3)
        self.film = EqLinear(style, 2 * cout, 0.5)

    def forward(self, x, w):
        gamma, beta = self.film(w)[:, :, None, None].chunk(2, 1)
        return lrelu(self.conv(x) * (1 + gamma) + beta)


class Generator(torch.nn.Module):
    def __init__(self, width, tmax, dz, classes, style=128, embed=32):
        super().__init__()
        c0, c1 = width, 2 * width
        self.time_embed = torch.nn.Embedding(tmax, embed)
        self.class_embed = torch.nn.Embedding(classes, embed) if classes else None
        self.map0 = EqLinear(dz + embed + (embed if classes else 0), style)
        self.map1 = EqLinear(style, style)
        self.from_image = EqConv2d(1, c0, 1)
        self.enc0, self.down1, self.down2 = StyledConv(c0, c0, style), StyledConv(c0, c1, style), StyledConv(c1, c1, style)
        self.mid, self.up1, self.up0 = StyledConv(c1, c1, style), StyledConv(c1, c1, style), StyledConv(c1, c0, style)
        self.to_image = EqConv2d(c0, 1, 1, 1.0)

    def forward(self, x, z_scaled, t, labels):
        parts = [z_scaled, self.time_embed(torch.full((x.shape[0],), t, dtype=torch.long))]
        if self.class_embed is not None:
            parts.append(self.class_embed(labels))
        w = lrelu(self.map1(lrelu(self.map0(torch.cat(parts, 1)))))
        up = lambda h: h.repeat_interleave(2, 2).repeat_interleave(2, 3)
        h32 = self.enc0(lrelu(self.from_image(x)), w)
        h16 = self.down1(F.avg_pool2d(h32, 2), w)
        h8 = self.mid(self.down2(F.avg_pool2d(h16, 2), w), w)
        u16 = self.up1(up(h8), w) + h16
        u32 = self.up0(up(u16), w) + h32
        return self.to_image(u32)


class Discriminator(torch.nn.Module):
    def __init__(self, width, tmax, dz, classes, size=32, hidden=256):
        super().__init__()
        c0, c1 = width, 2 * width
        self.tmax, self.dz, self.classes = tmax, dz, max(classes, 1)
        self.from_image = EqConv2d(1, c0, 1)
        self.conv0, self.conv1a = EqConv2d(c0, c0, 3), EqConv2d(c0, c1, 3)
        self.conv1b, self.conv2 = EqConv2d(c1, c1, 3), EqConv2d(c1, c1, 3)
        self.fc = EqLinear(c1 * (size // 8) ** 2, hidden)
        self.adversarial = EqLinear(hidden, tmax * self.classes, 1.0)
        self.encoder = EqLinear(hidden, tmax * dz, 1.0)

    def forward(self, x, t, labels):
        h = lrelu(self.from_image(x))
        h = F.avg_pool2d(lrelu(self.conv0(h)), 2)
        h = F.avg_pool2d(lrelu(self.conv1b(lrelu(self.conv1a(h)))), 2)
        h = F.avg_pool2d(lrelu(self.conv2(h)), 2)
        f = lrelu(self.fc(h.flatten(1)))
        logits = self.adversarial(f).view(-1, self.tmax, self.classes)[:, t - 1]
        logit = logits.gather(1, labels.view(-1, 1)).squeeze(1) if labels is not None else logits.squeeze(1)
        latent = self.encoder(f).view(-1, self.tmax, self.dz)[:, t - 1]
        return logit, latent


class Degradation:
    """reduce_info: x'_0 constant, one blur of sigma_t (sigma_max..sigma_min), x itself at t_max."""

    def __init__(self, tmax, constant, sigma_max=6.0, sigma_min=2.0):
        self.tmax, self.constant = tmax, constant
        self.kernels = {}
        for t in range(1, tmax):
            sigma = sigma_max if tmax == 2 else sigma_max + (t - 1) / (tmax - 2) * (sigma_min - sigma_max)
            radius = min(int(math.ceil(3 * sigma)), 31)
            x = torch.arange(-radius, radius + 1, dtype=torch.float64)
            k = torch.exp(-x * x / (2 * sigma * sigma))
            self.kernels[t] = ((k / k.sum()).float(), radius)

    def reduce(self, x, t):
        if t == self.tmax:
            return x
        if t == 0:
            return torch.full_like(x, self.constant)
        k, r = self.kernels[t]
        b, c, h, w = x.shape
        flat = x.reshape(b * c, 1, h, w)
        flat = F.conv2d(F.pad(flat, (r, r, 0, 0), mode="reflect"), k.view(1, 1, 1, -1))
        flat = F.conv2d(F.pad(flat, (0, 0, r, r), mode="reflect"), k.view(1, 1, -1, 1))
        return flat.view(b, c, h, w)


class Twin:
    def __init__(self, args):
        torch.manual_seed(args.seed)
        classes = 10 if args.conditional else 0
        self.args, self.classes = args, classes
        self.g = Generator(args.width, args.tmax, args.dz, classes)
        self.d = Discriminator(args.width, args.tmax, args.dz, classes)
        self.g_ema = Generator(args.width, args.tmax, args.dz, classes).requires_grad_(False)
        self.d_ema = Discriminator(args.width, args.tmax, args.dz, classes).requires_grad_(False)
        self.g_ema.load_state_dict(self.g.state_dict())
        self.d_ema.load_state_dict(self.d.state_dict())
        adam = dict(lr=args.lr, betas=(0.0, 0.99), eps=1e-8)
        self.opt_g = torch.optim.Adam(self.g.parameters(), **adam)
        self.opt_d = torch.optim.Adam(self.d.parameters(), **adam)
        self.v = torch.ones(args.tmax, args.dz)
        self.data = torch.rand(2048, 1, 32, 32) * 2 - 1
        self.labels = torch.randint(10, (2048,))
        self.degradation = Degradation(args.tmax, self.data.mean().item())

    def scale(self, t):
        v = self.v[t]
        return torch.sqrt(v.numel() * v / v.sum())

    def step(self, t, state, fake_labels):
        a, B = self.args, self.args.batch
        index = torch.randint(self.data.shape[0], (B,))
        real, real_labels = self.data[index], (self.labels[index] if self.classes else None)
        z = torch.randn(B, a.dz)
        s = self.scale(t)
        real_next = self.degradation.reduce(real, t + 1).detach().requires_grad_(True)
        net = self.g(state, z * s, t, fake_labels)
        fake = self.degradation.reduce(net - self.degradation.reduce(net, t) + state, t + 1)

        logit_real, _ = self.d(real_next, t + 1, real_labels)
        logit_fake, latent_fake = self.d(fake.detach(), t + 1, fake_labels)
        enc_d = ((z - latent_fake) * s).pow(2).mean()
        grad, = torch.autograd.grad(logit_real.sum(), real_next, create_graph=True)
        r1 = grad.pow(2).sum((1, 2, 3)).mean()
        loss_d = F.softplus(-logit_real).mean() + F.softplus(logit_fake).mean() + a.enc_weight * enc_d + a.r1_weight * r1
        if not math.isfinite(loss_d.item()):
            raise RuntimeError("non-finite D loss")
        self.opt_d.zero_grad()
        loss_d.backward()
        self.opt_d.step()

        self.d.requires_grad_(False)
        logit_g, latent_g = self.d(fake, t + 1, fake_labels)
        enc_g = ((z - latent_g) * s).pow(2).mean()
        loss_g = F.softplus(-logit_g).mean() + a.enc_weight * enc_g
        if not math.isfinite(loss_g.item()):
            raise RuntimeError("non-finite G loss")
        self.opt_g.zero_grad()
        loss_g.backward()
        self.opt_g.step()
        self.d.requires_grad_(True)

        with torch.no_grad():
            self.v[t].mul_(0.999).add_(latent_g.detach().pow(2).mean(0), alpha=0.001)
            for live, ema in ((self.g, self.g_ema), (self.d, self.d_ema)):
                ema_params, live_params = list(ema.parameters()), list(live.parameters())
                torch._foreach_mul_(ema_params, a.ema)
                torch._foreach_add_(ema_params, live_params, alpha=1 - a.ema)
        return fake.detach(), (loss_d.item(), loss_g.item(), enc_g.item(), r1.item())

    def cycle(self):
        state = torch.full((self.args.batch, 1, 32, 32), self.degradation.constant)
        labels = torch.randint(10, (self.args.batch,)) if self.classes else None
        for t in range(self.args.tmax):
            state, _ = self.step(t, state, labels)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=10)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--width", type=int, default=16)
    p.add_argument("--tmax", type=int, default=6)
    p.add_argument("--dz", type=int, default=64)
    p.add_argument("--lr", type=float, default=0.002)
    p.add_argument("--enc-weight", type=float, default=1.0)
    p.add_argument("--r1-weight", type=float, default=0.1)
    p.add_argument("--ema", type=float, default=0.999)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--conditional", action="store_true")
    p.add_argument("--threads", type=int, default=0, help="intra-op threads (default: torch's own choice)")
    args = p.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    twin = Twin(args)
    twin.cycle()  # warm-up, as `dddg bench` does
    cycles, start = 0, time.perf_counter()
    while True:
        twin.cycle()
        cycles += 1
        elapsed = time.perf_counter() - start
        if elapsed >= args.seconds:
            break
    params = sum(p.numel() for p in twin.g.parameters()) + sum(p.numel() for p in twin.d.parameters())
    print(json.dumps({"bench": "python_twin", "cycles_per_s": cycles / elapsed, "batch": args.batch,
                      "width": args.width, "tmax": args.tmax, "params": params,
                      "threads": torch.get_num_threads(), "torch": torch.__version__}))


if __name__ == "__main__":
    main()
