import random
import string

ALNUM = string.ascii_letters + string.digits
NOISE = " ,.!?;:'-_\"()"


def _random_case(ch: str, rng: random.Random) -> str:
    return ch.upper() if rng.random() < 0.5 else ch.lower()


def generate(size: int, rng: random.Random) -> list:
    """A phrase of about `size` printable ASCII characters: a palindrome in its letters and
    digits with random case and punctuation, broken near the middle half of the time."""
    half_len = size * 3 // 8
    half = [rng.choice(ALNUM) for _ in range(half_len)]
    middle = [rng.choice(ALNUM)] if size % 2 else []
    core = half + middle + half[::-1]
    if half and rng.random() < 0.5:
        i = rng.randrange(max(0, half_len - 5), half_len)
        core[i] = rng.choice([c for c in ALNUM if c.lower() != core[i].lower()])
    out = []
    for ch in core:
        out.append(_random_case(ch, rng))
        while rng.random() < 0.25:
            out.append(rng.choice(NOISE))
    return ["".join(out)]
