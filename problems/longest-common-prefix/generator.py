import random

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüß日本語"


def _word(length: int, rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def generate(size: int, rng: random.Random) -> list:
    """About `size` characters in total: 0 to 10 strings sharing a long prefix (about 90% of
    each string) followed by random tails; sometimes one string ends inside the prefix."""
    if size == 0:
        return [[] if rng.random() < 0.5 else [""]]
    count = rng.randint(1, min(10, size))
    per_string = size // count
    prefix = _word(per_string * 9 // 10, rng)
    strs = []
    for _ in range(count):
        tail = _word(rng.randint(0, per_string - len(prefix)), rng)
        strs.append(prefix + tail)
    if count > 1 and prefix and rng.random() < 0.25:
        i = rng.randrange(count)
        strs[i] = strs[i][: rng.randrange(len(prefix))]
    return [strs]
