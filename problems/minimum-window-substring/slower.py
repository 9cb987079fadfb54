from collections import Counter


def min_window(s: str, t: str) -> str:
    """O(n^2): from every start, grows a fresh window until it covers t."""
    if not t:
        return ""
    need = Counter(t)
    best = ""
    for start in range(len(s)):
        have = Counter()
        missing = len(t)
        for end in range(start, len(s)):
            ch = s[end]
            if have[ch] < need[ch]:
                missing -= 1
            have[ch] += 1
            if missing == 0:
                if not best or end - start + 1 < len(best):
                    best = s[start : end + 1]
                break
    return best
