from typing import List


def run_length_encode(s: str) -> str:
    parts: List[str] = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        parts.append(s[i] + chr(ord("0") + (j - i)))
        i = j
    return "".join(parts)
