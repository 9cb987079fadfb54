import random

BOUND = 10**6


def generate(size: int, rng: random.Random) -> list:
    """`size` intervals in random order; about half of them meet a neighbour."""
    spread = min(BOUND, 4 * size + 4)
    longest = rng.choice((0, 3, 8))
    intervals = []
    for _ in range(size):
        start = rng.randint(-spread, spread)
        end = min(BOUND, start + rng.randint(0, longest))
        intervals.append([start, end])
    return [intervals]
