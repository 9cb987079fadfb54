def is_valid_parentheses(s):
    match = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in s:
        if c in match:
            if not stack or stack[0] != match[c]:
                return False
            stack.pop(0)
        else:
            stack.insert(0, c)
    return len(stack) == 0
