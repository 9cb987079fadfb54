def min_window(s, t):
    if not s or not t:
        return ""
    need = set(t)
    window = {}
    formed = 0
    best_start, best_len = 0, float("inf")
    left = 0
    for right, ch in enumerate(s):
        window[ch] = window.get(ch, 0) + 1
        if ch in need and window[ch] == 1:
            formed += 1
        while formed == len(need):
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            gone = s[left]
            window[gone] -= 1
            if gone in need and window[gone] == 0:
                formed -= 1
            left += 1
    if best_len == float("inf"):
        return ""
    return s[best_start:best_start + best_len]
