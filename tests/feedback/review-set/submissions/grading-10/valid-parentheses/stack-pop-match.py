def is_valid_parentheses(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            top = stack.pop()
            if top != pairs[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
