import random


def generate(size: int, rng: random.Random) -> list:
    """`size` column heights in 0..10^5, from a small or a wide range."""
    top = rng.choice((3, 20, 10**5))
    return [[rng.randint(0, top) for _ in range(size)]]
