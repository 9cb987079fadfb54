from collections import Counter


def min_window(s, t):
    """O(n * window): a sliding window whose coverage test counts every needed character with str.count over the window."""
    if not t:
        return ""
    need = Counter(t)

    def covers(left, right):
        return all(s.count(ch, left, right) >= k for ch, k in need.items())

    best = ""
    left = 0
    for right in range(1, len(s) + 1):
        while covers(left, right):
            if not best or right - left < len(best):
                best = s[left:right]
            left += 1
    return best
