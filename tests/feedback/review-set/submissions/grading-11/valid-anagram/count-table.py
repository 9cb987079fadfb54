def is_anagram(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False

    counts = [0] * 256
    for a, b in zip(s, t):
        counts[ord(a)] += 1
        counts[ord(b)] -= 1
    return not any(counts)
