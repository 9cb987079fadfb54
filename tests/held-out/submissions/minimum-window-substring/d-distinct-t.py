def min_window(s, t):
    if not t:
        return ""
    need = set(t)
    have = {}
    formed = 0
    best = (float("inf"), 0, 0)
    left = 0
    for right, ch in enumerate(s):
        if ch in need:
            have[ch] = have.get(ch, 0) + 1
            if have[ch] == 1:
                formed += 1
        while formed == len(need):
            if right - left + 1 < best[0]:
                best = (right - left + 1, left, right + 1)
            out = s[left]
            if out in need:
                have[out] -= 1
                if have[out] == 0:
                    formed -= 1
            left += 1
    return s[best[1]:best[2]] if best[0] != float("inf") else ""
