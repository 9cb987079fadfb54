from collections import Counter


def min_window(s, t):
    """O(n * window): a sliding window that rebuilds a Counter of the window's slice at every step."""
    if not t:
        return ""
    need = Counter(t)
    best = ""
    left = 0
    for right in range(1, len(s) + 1):
        if s[right - 1] not in need:
            continue
        while not need - Counter(s[left:right]):
            if not best or right - left < len(best):
                best = s[left:right]
            left += 1
    return best
