import random

LIMIT = 10**9


def generate(size: int, rng: random.Random) -> list:
    """`size` values in random order: one long run (a quarter to a half of them), short runs of
    1 to 20 values elsewhere in [-10^9, 10^9], and about 15% repeats of values already used."""
    nums = []
    run_total = size - size * 15 // 100
    length = rng.randint(run_total // 4, max(run_total // 4, run_total // 2))
    while len(nums) < run_total:
        length = min(length, run_total - len(nums))
        start = rng.randint(-LIMIT, LIMIT - length + 1)
        nums.extend(range(start, start + length))
        length = rng.randint(1, 20)
    while len(nums) < size:
        nums.append(rng.choice(nums) if nums else rng.randint(-LIMIT, LIMIT))
    rng.shuffle(nums)
    return [nums]
