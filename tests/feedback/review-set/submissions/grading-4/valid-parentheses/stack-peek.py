def is_valid_parentheses(s: str) -> bool:
    closers = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in closers:
            if stack[-1] != closers[ch]:
                return False
            stack.pop()
        else:
            stack.append(ch)
    return not stack
