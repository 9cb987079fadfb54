from collections import Counter


def min_window(s, t):
    if not t:
        return ""
    need = Counter(t)
    window = []
    best = ""
    for ch in s:
        window.append(ch)
        while all(window.count(c) >= k for c, k in need.items()):
            if not best or len(window) < len(best):
                best = "".join(window)
            window.pop(0)
    return best
