import random
import string


def _pool() -> list:
    """Distinct characters: ASCII letters and digits, then CJK ideographs and Hangul syllables."""
    chars = list(string.ascii_letters + string.digits)
    chars += [chr(c) for c in range(0x4E00, 0xA000)]
    chars += [chr(c) for c in range(0xAC00, 0xD7A4)]
    return chars


POOL = _pool()


def generate(size: int, rng: random.Random) -> list:
    """A string of `size` characters over an alphabet of about size / 6 characters, built from
    shuffled blocks of distinct characters, so repeat-free windows are long (about size / 8)."""
    alphabet = POOL[: min(len(POOL), max(1, size // 6))]
    out = []
    while len(out) < size:
        block = rng.randint(max(1, len(alphabet) // 2), len(alphabet))
        out.extend(rng.sample(alphabet, block))
    return ["".join(out[:size])]
