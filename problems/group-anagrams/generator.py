import random
import string


def generate(size: int, rng: random.Random) -> list:
    """About `size` letters in total: words of 0 to 10 lowercase letters, each a shuffle of one
    of about (number of words) / 2 random base words, so groups hold about 2 words."""
    count = size // 6
    bases = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(0, 10)))
             for _ in range(max(1, count // 2))]
    strs = []
    for _ in range(count):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        strs.append("".join(letters))
    return [strs]
