from collections import defaultdict


def is_anagram(s, t):
    balance = defaultdict(int)
    for a, b in zip(s, t):
        balance[a] += 1
        balance[b] -= 1
    return all(v == 0 for v in balance.values())
