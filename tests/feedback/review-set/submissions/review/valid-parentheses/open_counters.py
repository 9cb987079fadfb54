def is_valid_parentheses(s):
    # count how many brackets of each kind are still open
    open_count = {'(': 0, '[': 0, '{': 0}
    opener_of = {')': '(', ']': '[', '}': '{'}
    for ch in s:
        if ch in open_count:
            open_count[ch] += 1
        else:
            opener = opener_of[ch]
            if open_count[opener] == 0:
                return False
            open_count[opener] -= 1
    return all(v == 0 for v in open_count.values())
