def is_valid_parentheses(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack = stack + [ch]
        elif not stack or stack.pop() != pairs[ch]:
            return False
    return not stack
