def is_valid_parentheses(s: str) -> bool:
    if len(s) % 2 == 1:
        return False

    closing_to_opening = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in closing_to_opening:
            if stack.pop() != closing_to_opening[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
