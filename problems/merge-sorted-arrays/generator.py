import random


def generate(size: int, rng: random.Random) -> list:
    """Two sorted lists with `size` elements in total, sometimes one of them empty."""
    roll = rng.random()
    if roll < 0.1:
        len_a = 0
    elif roll < 0.2:
        len_a = size
    else:
        len_a = rng.randint(0, size)
    bound = rng.choice((3, max(3, size), 10**9))
    a = sorted(rng.randint(-bound, bound) for _ in range(len_a))
    b = sorted(rng.randint(-bound, bound) for _ in range(size - len_a))
    return [a, b]
