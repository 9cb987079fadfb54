import random

LIMIT = 2**31 - 1


def generate(size: int, rng: random.Random) -> list:
    """max(2, size) integers in -30..30 whose non-zero absolute values multiply to at most 2^31 - 1."""
    n = max(2, size)
    top = rng.choice((3, 6, 30))
    budget = LIMIT
    nums = []
    for _ in range(n):
        value = rng.randint(2, top) if rng.random() < 0.5 else 1
        if value > budget:
            value = 1
        budget //= value
        nums.append(value * rng.choice((1, -1)))
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3))):
        nums[rng.randrange(n)] = 0
    return [nums]
