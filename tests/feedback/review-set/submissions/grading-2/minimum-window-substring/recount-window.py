from collections import Counter


def min_window(s: str, t: str) -> str:
    if not t:
        return ""
    need = Counter(t)
    best = ""
    left = 0
    for right in range(len(s)):
        # shrink from the left while the window still covers t
        while left <= right and not (need - Counter(s[left:right + 1])):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            left += 1
    return best
