import random


def generate(size: int, rng: random.Random) -> list:
    """A random walk of `size` prices in 0..10^4."""
    span = rng.choice((5, 50, 10_000))
    step = max(1, span // 10)
    price = rng.randint(0, span)
    prices = []
    for _ in range(size):
        price = min(span, max(0, price + rng.randint(-step, step)))
        prices.append(price)
    return [prices]
