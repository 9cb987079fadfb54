from collections import Counter


def min_window(s: str, t: str) -> str:
    if not s or not t:
        return ""
    need = Counter(t)
    missing = len(t)
    best_start, best_end = 0, -1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:
            if best_end == -1 or right - left < best_end - best_start:
                best_start, best_end = left, right
            out = s[left]
            need[out] += 1
            if need[out] > 0:
                missing += 1
            left += 1
    if best_end == -1:
        return ""
    return s[best_start:best_end]
