import random


def generate(size: int, rng: random.Random) -> list:
    """A non-decreasing list of `size` integers in -10^4..10^4, usually mixing signs."""
    bound = rng.choice((3, min(10**4, max(3, size)), 10**4))
    roll = rng.random()
    if roll < 0.1:
        low, high = -bound, 0
    elif roll < 0.2:
        low, high = 0, bound
    else:
        low, high = -bound, bound
    return [sorted(rng.randint(low, high) for _ in range(size))]
