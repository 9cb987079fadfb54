import random


def generate(size: int, rng: random.Random) -> list:
    """The numbers 0..size in random order with one of them left out."""
    values = list(range(size + 1))
    roll = rng.random()
    if roll < 0.15:
        missing = 0
    elif roll < 0.3:
        missing = size
    else:
        missing = rng.randint(0, size)
    values.remove(missing)
    rng.shuffle(values)
    return [values]
