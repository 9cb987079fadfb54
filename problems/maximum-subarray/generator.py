import random


def generate(size: int, rng: random.Random) -> list:
    """A non-empty list of max(1, size) integers in -10^4..10^4, sometimes all negative."""
    bound = rng.choice((10, 10**4))
    high = -1 if rng.random() < 0.15 else bound
    return [[rng.randint(-bound, high) for _ in range(max(1, size))]]
