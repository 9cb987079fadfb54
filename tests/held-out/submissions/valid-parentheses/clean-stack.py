def is_valid_parentheses(s: str) -> bool:
    opener_of = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in opener_of:
            if not stack or stack[-1] != opener_of[ch]:
                return False
            stack.pop()
        else:
            stack.append(ch)
    return not stack
