def is_valid_parentheses(s: str) -> bool:
    # an odd number of brackets can never be balanced
    if len(s) % 2 == 1:
        return False

    opener_of = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in opener_of:
            if stack.pop() != opener_of[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
