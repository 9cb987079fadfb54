import random


def generate(size: int, rng: random.Random) -> list:
    """A list of `size` integers and a k that is often past the length, sometimes 0 or huge."""
    nums = [rng.randint(-10**9, 10**9) if rng.random() < 0.5 else rng.randint(-5, 5) for _ in range(size)]
    roll = rng.random()
    if roll < 0.1:
        k = 0
    elif roll < 0.2:
        k = rng.randint(0, 10**9)
    else:
        k = rng.randint(0, 3 * size + 3)
    return [nums, k]
