def is_anagram(s, t):
    if len(s) != len(t):
        return False
    freq = [0] * 128
    for ch in s:
        freq[ord(ch)] += 1
    for ch in t:
        freq[ord(ch)] -= 1
        if freq[ord(ch)] < 0:
            return False
    return True
