def min_window(s, t):
    if not t or len(t) > len(s):
        return ""
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    missing = len(t)
    lo = 0
    best_lo, best_hi = 0, -1
    for hi in range(len(s) - 1):
        c = s[hi]
        if need.get(c, 0) > 0:
            missing -= 1
        need[c] = need.get(c, 0) - 1
        while missing == 0:
            if best_hi < 0 or hi - lo < best_hi - best_lo:
                best_lo, best_hi = lo, hi
            d = s[lo]
            need[d] += 1
            if need[d] > 0:
                missing += 1
            lo += 1
    return s[best_lo:best_hi + 1]
