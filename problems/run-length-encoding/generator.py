import random

CHARS = "abcdefghijklmnopqrstuvwxyzABC0123456789 .!éß日本😀"


def generate(size: int, rng: random.Random) -> list:
    """A string of `size` characters made of runs: mostly 1 or 2 long, one in twenty 10 to 40
    long; letters, digits, spaces, punctuation and characters beyond ASCII, emoji included."""
    out = []
    while len(out) < size:
        ch = rng.choice(CHARS)
        if out and ch == out[-1]:
            continue
        length = rng.randint(10, 40) if rng.random() < 0.05 else rng.randint(1, 2)
        out.extend(ch * length)
    return ["".join(out[:size])]
