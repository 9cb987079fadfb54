from collections import defaultdict


def min_window(s, t):
    if not t:
        return ""
    targets = set(t)
    have = defaultdict(int)
    formed = 0
    left = 0
    best_len, best_start = len(s) + 1, 0
    for right, ch in enumerate(s):
        if ch in targets:
            have[ch] += 1
            if have[ch] == 1:
                formed += 1
        while formed == len(targets):
            if right - left + 1 < best_len:
                best_len, best_start = right - left + 1, left
            out = s[left]
            if out in targets:
                have[out] -= 1
                if have[out] == 0:
                    formed -= 1
            left += 1
    return s[best_start:best_start + best_len] if best_len <= len(s) else ""
