import random
import string

WORD_CHARS = string.ascii_letters + string.digits + ",.!?'-"


def generate(size: int, rng: random.Random) -> list:
    """A sentence of about `size` characters: words of 1 to 8 characters separated by runs of
    1 to 3 spaces, sometimes with spaces at the start or the end."""
    parts = []
    length = 0
    if rng.random() < 0.5:
        parts.append(" " * rng.randint(1, 3))
        length += len(parts[-1])
    while length < size:
        word = "".join(rng.choice(WORD_CHARS) for _ in range(rng.randint(1, 8)))
        gap = " " * rng.randint(1, 3)
        parts.append(word)
        parts.append(gap)
        length += len(word) + len(gap)
    if parts and parts[-1].isspace() and rng.random() < 0.5:
        parts.pop()
    return ["".join(parts)[:size] if size else ""]
