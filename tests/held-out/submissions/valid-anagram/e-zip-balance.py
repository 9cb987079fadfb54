from collections import defaultdict


def is_anagram(s, t):
    balance = defaultdict(int)
    # every character of s adds one, every character of t takes one away
    for x, y in zip(s, t):
        balance[x] += 1
        balance[y] -= 1
    return all(v == 0 for v in balance.values())
