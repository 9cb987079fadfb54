import random


def generate(size: int, rng: random.Random) -> list:
    """`size` wall heights in 0..10^4, sometimes drawn from a tiny range to force ties."""
    top = rng.choice((5, 100, 10**4))
    return [[rng.randint(0, top) for _ in range(size)]]
