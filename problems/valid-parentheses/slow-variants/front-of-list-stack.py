def is_valid_parentheses(s):
    """O(n^2): the top of the stack is the front of a list, so every push and pop shifts the whole stack."""
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            if not stack or stack.pop(0) != pairs[ch]:
                return False
        else:
            stack.insert(0, ch)
    return not stack
