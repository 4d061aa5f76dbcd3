#!/usr/bin/env python3
"""Generates the Cell Key Method perturbation table (ptable) that Följa ships in resources/cellkey/.

The method is the maximum-entropy construction of Giessing (2016), "Computational issues in the
design of transition probabilities and disclosure risk estimation for additive noise" (PSD 2016),
as Destatis' ptable package and tau-Argus use it, with integer cell keys 0..K-1 as ONS does:

* For every original count i the perturbation v is drawn from {-D, ..., D} with i + v >= 0
  (a count never becomes negative) and, for i = 0, v = 0 (zero stays zero).
* Among all distributions p_i(v) with sum p = 1, mean 0 (unbiased) and variance V, the one with
  the largest entropy is taken. Its form is p(v) ~ exp(l1*v + l2*v^2); l1, l2 are found by Newton's
  method on the convex dual log Z(l) - l2*V.
* From i = D on the support is the full {-D..D}, so every row i >= D is the same; the table lists
  rows 0..D and the lookup uses row D for every larger count.
* The probabilities are quantised to whole multiples of 1/K (K = the number of cell keys), keeping
  each row's sum exactly 1 and its mean exactly 0; the variance then differs from V by well under
  0.01 (the README and tests state the bound). Cell key c (0..K-1) of a cell with original count
  i selects the v whose interval [ck_lo, ck_hi] holds c, the intervals laid out in v order.

Python 3 standard library only. Usage:
    tools/ptable/generate_ptable.py [--D 2] [--V 1.0] [--keys 256] > resources/cellkey/ptable.csv
Deterministic: the same parameters always give the same file.
"""

import argparse
import math
import sys


def max_entropy(support, variance):
    """The maximum-entropy distribution on `support` (integers) with mean 0 and the variance."""
    if len(support) == 1:
        return {support[0]: 1.0}
    l1, l2 = 0.0, 0.0

    def moments(a, b):
        w = [math.exp(a * v + b * v * v) for v in support]
        z = sum(w)
        p = [x / z for x in w]
        m1 = sum(pv * v for pv, v in zip(p, support))
        m2 = sum(pv * v * v for pv, v in zip(p, support))
        m3 = sum(pv * v ** 3 for pv, v in zip(p, support))
        m4 = sum(pv * v ** 4 for pv, v in zip(p, support))
        return p, z, m1, m2, m3, m4

    def dual(a, b):
        return math.log(sum(math.exp(a * v + b * v * v) for v in support)) - b * variance

    for _ in range(200):
        p, _, m1, m2, m3, m4 = moments(l1, l2)
        g1, g2 = m1, m2 - variance
        if abs(g1) < 1e-13 and abs(g2) < 1e-13:
            break
        # Hessian: covariance of (v, v^2)
        h11 = m2 - m1 * m1
        h12 = m3 - m1 * m2
        h22 = m4 - m2 * m2
        det = h11 * h22 - h12 * h12
        if det <= 1e-18:
            raise SystemExit("degenerate support %r" % (support,))
        d1 = (h22 * g1 - h12 * g2) / det
        d2 = (h11 * g2 - h12 * g1) / det
        step = 1.0
        f0 = dual(l1, l2)
        while step > 1e-12 and dual(l1 - step * d1, l2 - step * d2) > f0 - 1e-4 * step * (g1 * d1 + g2 * d2):
            step /= 2
        l1 -= step * d1
        l2 -= step * d2
    else:
        raise SystemExit("no convergence for support %r" % (support,))
    p, *_ = moments(l1, l2)
    if abs(sum(pv * v for pv, v in zip(p, support))) > 1e-9:
        raise SystemExit("mean constraint not met for support %r (variance %g infeasible?)" % (support, variance))
    return dict(zip(support, p))


def quantise(dist, keys):
    """Whole counts of 1/keys per perturbation: sum keys, mean exactly 0, closest to `dist`."""
    support = sorted(dist)
    if len(support) == 1:
        return {support[0]: keys}
    best = None
    # Choose the counts of every v except 0 and the most negative one by rounding up or down, then
    # solve the last two from sum = keys and mean = 0; keep the valid choice closest to dist.
    neg = support[0]
    free = [v for v in support if v not in (0, neg)]
    import itertools

    for choice in itertools.product((math.floor, math.ceil), repeat=len(free)):
        counts = {v: int(f(dist[v] * keys)) for v, f in zip(free, choice)}
        # mean: neg * c_neg + sum v c_v = 0 -> c_neg = sum(v c_v) / -neg
        s = sum(v * c for v, c in counts.items())
        if s % (-neg) != 0:
            continue
        c_neg = s // (-neg)
        c_zero = keys - c_neg - sum(counts.values())
        if c_neg < 0 or c_zero < 0:
            continue
        counts[neg] = c_neg
        counts[0] = c_zero
        err = sum((counts[v] / keys - dist[v]) ** 2 for v in support)
        if best is None or err < best[0]:
            best = (err, dict(counts))
    if best is None:
        # Fall back: widen the search around the rounded values.
        for deltas in itertools.product(range(-3, 4), repeat=len(free)):
            counts = {v: int(round(dist[v] * keys)) + d for v, d in zip(free, deltas)}
            if any(c < 0 for c in counts.values()):
                continue
            s = sum(v * c for v, c in counts.items())
            if s % (-neg) != 0:
                continue
            c_neg = s // (-neg)
            c_zero = keys - c_neg - sum(counts.values())
            if c_neg < 0 or c_zero < 0:
                continue
            counts[neg] = c_neg
            counts[0] = c_zero
            err = sum((counts[v] / keys - dist[v]) ** 2 for v in support)
            if best is None or err < best[0]:
                best = (err, dict(counts))
    if best is None:
        raise SystemExit("cannot quantise %r" % (dist,))
    return best[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--D", type=int, default=2, help="maximum deviation (default 2)")
    ap.add_argument("--V", type=float, default=1.0, help="variance of the perturbation (default 1.0)")
    ap.add_argument("--keys", type=int, default=256, help="number of cell keys (default 256: record keys 0..255)")
    args = ap.parse_args()
    D, V, K = args.D, args.V, args.keys
    if D < 1 or V <= 0 or V >= D * D or K < 16:
        raise SystemExit("need D >= 1, 0 < V < D^2 and at least 16 keys")

    out = sys.stdout
    out.write("# Följa Cell Key Method ptable, generated by tools/ptable/generate_ptable.py "
              "--D %d --V %g --keys %d\n" % (D, V, K))
    out.write("# maximum-entropy (Giessing 2016): unbiased, variance V, |v| <= D, zero stays zero; "
              "rows i >= %d are all row %d\n" % (D, D))
    out.write("i,j,v,p,ck_lo,ck_hi\n")
    for i in range(0, D + 1):
        support = [0] if i == 0 else [v for v in range(-D, D + 1) if i + v >= 0]
        dist = max_entropy(support, V)
        counts = quantise(dist, K)
        lo = 0
        for v in sorted(counts):
            c = counts[v]
            if c == 0:
                continue
            out.write("%d,%d,%d,%.6f,%d,%d\n" % (i, i + v, v, c / K, lo, lo + c - 1))
            lo += c
        assert lo == K


if __name__ == "__main__":
    main()
