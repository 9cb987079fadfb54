import random

LIMIT = 10**9


def generate(size: int, rng: random.Random) -> list:
    """`size` distinct values in [-10^9, 10^9] in random order; half of the time (when
    size >= 2) the last one is replaced by a copy of an earlier one."""
    nums = rng.sample(range(-LIMIT, LIMIT + 1), size)
    if size >= 2 and rng.random() < 0.5:
        nums[-1] = nums[rng.randrange(size - 1)]
    return [nums]
