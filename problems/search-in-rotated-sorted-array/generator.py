import bisect
import itertools
import random


def generate(size: int, rng: random.Random) -> list:
    """An increasing list of `size` distinct integers rotated at a random cut, and a target
    that is present (often at an end or at the cut) about half the time."""
    start = rng.randint(-3 * size - 10, 10)
    ordered = list(itertools.accumulate(rng.choices((1, 2, 3), k=size), initial=start))[1:]
    if not ordered:
        return [ordered, rng.randint(-10, 10)]
    cut = 0 if rng.random() < 0.15 else rng.randrange(size)
    nums = ordered[cut:] + ordered[:cut]
    roll = rng.random()
    if roll < 0.25:
        target = rng.choice((nums[0], nums[-1], ordered[0], ordered[-1]))
    elif roll < 0.5:
        target = rng.choice(nums)
    else:
        while True:
            target = rng.randint(ordered[0] - 2, ordered[-1] + 2)
            i = bisect.bisect_left(ordered, target)
            if i == len(ordered) or ordered[i] != target:
                break
    return [nums, target]
