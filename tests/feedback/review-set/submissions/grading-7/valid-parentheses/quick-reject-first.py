def is_valid_parentheses(s):
    if s[0] in ")]}" or len(s) % 2 == 1:
        return False
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
