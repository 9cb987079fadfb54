from typing import List


def reverse_words(s: str) -> str:
    words: List[str] = s.split()
    out = []
    for i in range(len(words) - 1, 0, -1):
        out.append(words[i])
    return " ".join(out)
