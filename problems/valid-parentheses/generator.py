import random

OPENERS = "([{"
CLOSER_OF = {"(": ")", "[": "]", "{": "}"}


def generate(size: int, rng: random.Random) -> list:
    """A bracket string of about `size` characters that nests deeply (depth about size / 3).
    It is correct half of the time; otherwise its last bracket has the wrong kind."""
    length = size - size % 2
    out = []
    stack = []
    while len(out) < length:
        remaining = length - len(out)
        if stack and (len(stack) == remaining or rng.random() < 0.25):
            out.append(CLOSER_OF[stack.pop()])
        else:
            opener = rng.choice(OPENERS)
            stack.append(opener)
            out.append(opener)
    if out and rng.random() < 0.5:
        out[-1] = rng.choice([c for c in ")]}" if c != out[-1]])
    return ["".join(out)]
