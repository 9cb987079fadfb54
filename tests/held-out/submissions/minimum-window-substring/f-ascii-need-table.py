def min_window(s, t):
    if not t or len(t) > len(s):
        return ""
    need = [0] * 128
    for ch in t:
        need[ord(ch)] += 1
    missing = len(t)
    left = 0
    best = (0, float("inf"))
    for right, ch in enumerate(s):
        if need[ord(ch)] > 0:
            missing -= 1
        need[ord(ch)] -= 1
        while missing == 0:
            if right - left < best[1] - best[0]:
                best = (left, right)
            need[ord(s[left])] += 1
            if need[ord(s[left])] > 0:
                missing += 1
            left += 1
    return "" if best[1] == float("inf") else s[best[0]:best[1] + 1]
