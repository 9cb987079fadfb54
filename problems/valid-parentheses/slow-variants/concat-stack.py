def is_valid_parentheses(s):
    """O(n^2): pushes with `stack = stack + [ch]`, which copies the whole stack every time."""
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            if not stack or stack[-1] != pairs[ch]:
                return False
            stack = stack[:-1]
        else:
            stack = stack + [ch]
    return not stack
