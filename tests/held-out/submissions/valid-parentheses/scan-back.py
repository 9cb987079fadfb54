from typing import List


def is_valid_parentheses(s: str) -> bool:
    opener = {")": "(", "]": "[", "}": "{"}
    matched: List[bool] = [False] * len(s)
    for i, ch in enumerate(s):
        if ch not in opener:
            continue
        j = i - 1
        while j >= 0 and (matched[j] or s[j] in opener):
            j -= 1
        if j < 0 or s[j] != opener[ch]:
            return False
        matched[i] = matched[j] = True
    return all(matched)
