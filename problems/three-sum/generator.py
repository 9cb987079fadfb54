import random


def generate(size: int, rng: random.Random) -> list:
    """`size` integers in -10^5..10^5; the range shrinks with the size so that triplets and
    repeated values are common."""
    spread = rng.choice((2, max(2, size // 2), min(10**5, max(2, int(size ** 1.5)))))
    return [[rng.randint(-spread, spread) for _ in range(size)]]
