def min_window(s: str, t: str) -> str:
    if not t or len(t) > len(s):
        return ""
    need = [0] * 128
    for ch in t:
        need[ord(ch)] += 1
    missing = len(t)
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need[ord(ch)] > 0:
            missing -= 1
        need[ord(ch)] -= 1
        while missing == 0:
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            need[ord(s[left])] += 1
            if need[ord(s[left])] > 0:
                missing += 1
            left += 1
    if best_len > len(s):
        return ""
    return s[best_start:best_start + best_len]
