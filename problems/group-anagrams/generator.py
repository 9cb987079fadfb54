import random
import string


def generate(size: int, rng: random.Random) -> list:
    """About `size` letters in total: size / 5 words of 0 to 8 lowercase letters, each a
    shuffle of one of as many random base words, so most groups are small and there are many."""
    count = size // 5
    bases = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(0, 8)))
             for _ in range(max(1, count))]
    strs = []
    for _ in range(count):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        strs.append("".join(letters))
    return [strs]
