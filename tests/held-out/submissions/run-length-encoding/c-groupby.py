from itertools import groupby


def run_length_encode(s: str) -> str:
    return "".join(f"{ch}{sum(1 for _ in grp)}" for ch, grp in groupby(s))
