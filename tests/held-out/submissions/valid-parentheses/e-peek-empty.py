PAIRS = {")": "(", "]": "[", "}": "{"}


def is_valid_parentheses(s):
    stack = []
    for ch in s:
        if ch in PAIRS:
            if stack[-1] != PAIRS[ch]:
                return False
            stack.pop()
        else:
            stack.append(ch)
    return len(stack) == 0
