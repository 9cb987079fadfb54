import bisect
import itertools
import random


def generate(size: int, rng: random.Random) -> list:
    """A strictly increasing list of `size` integers and a target that is present about half the time."""
    start = rng.randint(-3 * size - 10, 10)
    gaps = rng.choices((1, 2, 3), k=size)
    nums = list(itertools.accumulate(gaps, initial=start))[1:]
    if not nums:
        return [nums, rng.randint(-10, 10)]
    roll = rng.random()
    if roll < 0.2:
        target = rng.choice((nums[0], nums[-1]))
    elif roll < 0.5:
        target = rng.choice(nums)
    else:
        while True:
            target = rng.randint(nums[0] - 2, nums[-1] + 2)
            i = bisect.bisect_left(nums, target)
            if i == len(nums) or nums[i] != target:
                break
    return [nums, target]
