import random
import string

# About 200 characters: ASCII letters and digits, accented Latin, CJK, Cyrillic and emoji.
ALPHABET = (
    list(string.ascii_letters + string.digits)
    + list("éèàüßçñÉ")
    + [chr(c) for c in range(0x4E00, 0x4E00 + 100)]
    + [chr(c) for c in range(0x0430, 0x0450)]
    + ["😀", "🎉", "👍", "🚀"]
)


def generate(size: int, rng: random.Random) -> list:
    """[s, t] with about size / 2 characters each. Half of the time t is a shuffle of s; else
    one character of t is replaced (3 in 10) or t is one character shorter or longer (2 in 10)."""
    s = [rng.choice(ALPHABET) for _ in range(size // 2)]
    t = s[:]
    rng.shuffle(t)
    roll = rng.random()
    if roll >= 0.8:
        if t and rng.random() < 0.5:
            t.pop(rng.randrange(len(t)))
        else:
            t.insert(rng.randint(0, len(t)), rng.choice(ALPHABET))
    elif roll >= 0.5 and t:
        i = rng.randrange(len(t))
        t[i] = rng.choice([c for c in ALPHABET if c != t[i]])
    return ["".join(s), "".join(t)]
