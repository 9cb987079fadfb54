import random

TARGETS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÉЖ"  # characters t is made of
FILLERS = "abcdefghijklmnopqrstuvwxyz0123456789 "  # never in t
ABSENT = "#"  # in t only, for inputs without an answer


def generate(size: int, rng: random.Random) -> list:
    """[s, t] with len(s) + len(t) about `size`. One planted window holds exactly the characters
    of t (with a few fillers inside), late in s; single decoy characters of t are scattered
    farther apart than that window is long, so the shortest covering window is unique. About
    one input in seven has a character in t that s lacks, so there is no answer."""
    if size == 0:
        return ["", ""]
    k = max(1, min(50, size // 20))
    targets = rng.sample(TARGETS, rng.randint(1, min(k, 8)))
    t = [rng.choice(targets) for _ in range(k)]
    window = t[:]
    rng.shuffle(window)
    for _ in range(rng.randint(0, k) if k > 1 else 0):
        window.insert(rng.randint(1, len(window) - 1), rng.choice(FILLERS))
    s = [rng.choice(FILLERS) for _ in range(max(len(window), size - k))]
    start = rng.randint((len(s) - len(window)) * 2 // 3, len(s) - len(window))
    s[start : start + len(window)] = window
    if k > 1:
        gap = len(window) + 2
        i = rng.randint(0, gap)
        while i < len(s):
            if i <= start - gap or i >= start + len(window) - 1 + gap:
                s[i] = rng.choice(t)
            i += gap + rng.randint(0, gap)
    if rng.random() < 1 / 7:
        t.insert(rng.randint(0, len(t)), ABSENT)
    return ["".join(s), "".join(t)]
