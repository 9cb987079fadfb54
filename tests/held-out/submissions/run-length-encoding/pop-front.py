from typing import List


def run_length_encode(s: str) -> str:
    queue: List[str] = list(s)
    runs = []
    while queue:
        ch = queue.pop(0)
        if runs and runs[-1][0] == ch:
            runs[-1][1] += 1
        else:
            runs.append([ch, 1])
    return "".join(c + str(n) for c, n in runs)
