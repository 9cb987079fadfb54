import random


def generate(size: int, rng: random.Random) -> list:
    """A list of `size` integers, about a third of them zeros, the others positive or negative."""
    zero_share = rng.choice((0.1, 0.35, 0.6))
    nums = [0 if rng.random() < zero_share else rng.choice((-1, 1)) * rng.randint(1, 50)
            for _ in range(size)]
    return [nums]
