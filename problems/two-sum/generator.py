import random

LIMIT = 10**9


def generate(size: int, rng: random.Random) -> list:
    """[nums, target] with max(2, size) values in [-10^9, 10^9], a few of them repeated, and
    exactly one pair adding up to target. Half of the time that pair sits near the end."""
    n = max(2, size)
    target = rng.randint(-LIMIT, LIMIT)
    a = rng.randint(max(-LIMIT, target - LIMIT), min(LIMIT, target + LIMIT))
    b = target - a
    others = []
    seen = set()
    while len(others) < n - 2:
        if others and rng.random() < 0.1:
            x = rng.choice(others)
        else:
            x = rng.randint(-LIMIT, LIMIT)
        # No other value may pair with a, b or itself, or with another value.
        if x in (a, b) or 2 * x == target or target - x in seen:
            continue
        seen.add(x)
        others.append(x)
    if rng.random() < 0.5:
        i = rng.randint(0, n - 2)
    else:
        i = rng.randint((n - 2) * 9 // 10, n - 2)
    j = rng.randint(i + 1, n - 1)
    nums = others[:i] + [a] + others[i : j - 1] + [b] + others[j - 1 :]
    return [nums, target]
