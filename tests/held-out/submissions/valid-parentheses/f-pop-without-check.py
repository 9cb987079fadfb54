def is_valid_parentheses(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            if stack.pop() != pairs[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
