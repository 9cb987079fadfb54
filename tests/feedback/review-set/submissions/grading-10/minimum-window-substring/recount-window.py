from collections import Counter


def min_window(s: str, t: str) -> str:
    if not t:
        return ""
    need = Counter(t)
    best = ""
    left = 0
    for right in range(len(s)):
        window = Counter(s[left:right + 1])
        while all(window[c] >= n for c, n in need.items()):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            window[s[left]] -= 1
            left += 1
    return best
