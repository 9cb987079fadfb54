import random


def generate(size: int, rng: random.Random) -> list:
    """A string of `size` characters of one of two kinds, chosen at random: mostly the letter
    "a" with rare "b" and "c" (long runs, so many long palindromes), or a small alphabet with
    mirrored blocks spliced in."""
    out = []
    if rng.random() < 0.5:
        while len(out) < size:
            out.append("a" if rng.random() < 0.97 else rng.choice("bc"))
        return ["".join(out)]
    alphabet = rng.choice(["ab", "abc", "abcd"])
    while len(out) < size:
        if rng.random() < 0.1:
            half = [rng.choice(alphabet) for _ in range(rng.randint(1, 10))]
            middle = [rng.choice(alphabet)] if rng.random() < 0.5 else []
            out.extend(half + middle + half[::-1])
        else:
            out.append(rng.choice(alphabet))
    return ["".join(out[:size])]
