from collections import Counter


def min_window(s: str, t: str) -> str:
    """Return the shortest substring of s containing every character of t, counts included."""
    if not t:
        return ""
    need = Counter(t)  # how many more of each character the window still needs (< 0: spare)
    missing = len(t)  # characters of t the window does not yet supply
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            # Drop spare characters from the left; the window then starts at a needed one.
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            # Give up the needed character at the left to look for a shorter window.
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best_start : best_start + best_len] if best_len <= len(s) else ""
