import random


def generate(size: int, rng: random.Random) -> list:
    """[nums, k]: `size` values in [-10, 10] (zeros and negatives included) and k in [-20, 20],
    so that many subarrays match."""
    nums = [rng.randint(-10, 10) for _ in range(size)]
    return [nums, rng.randint(-20, 20)]
