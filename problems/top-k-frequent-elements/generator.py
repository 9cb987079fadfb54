import random

LIMIT = 10**9


def generate(size: int, rng: random.Random) -> list:
    """[nums, k] with about `size` values, shuffled. Each different value is either "frequent"
    (4 to 8 copies) or "rare" (1 to 3 copies), and k is the number of frequent values, so the
    answer is unique. One input in ten asks for more values than exist, one in twenty for none."""
    share = rng.random()  # the fraction of different values that are frequent
    nums = []
    values = set()
    k = 0
    while len(nums) < size:
        value = rng.randint(-LIMIT, LIMIT)
        if value in values:
            continue
        values.add(value)
        if rng.random() < share:
            k += 1
            nums.extend([value] * rng.randint(4, 8))
        else:
            nums.extend([value] * rng.randint(1, 3))
    rng.shuffle(nums)
    roll = rng.random()
    if roll < 0.1:
        k = len(values) + rng.randint(0, 3)
    elif roll < 0.15:
        k = 0
    elif k == 0 and values:
        k = len(values)  # no frequent value: only "all of them" is a unique answer
    return [nums, k]
