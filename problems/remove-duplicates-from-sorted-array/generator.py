import random


def generate(size: int, rng: random.Random) -> list:
    """A non-decreasing list of `size` integers in -10^4..10^4 with runs of repeated values."""
    bound = rng.choice((1, min(10**4, max(1, size // 2)), 10**4))
    return [sorted(rng.randint(-bound, bound) for _ in range(size))]
