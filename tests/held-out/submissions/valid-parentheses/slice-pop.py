def is_valid_parentheses(s: str) -> bool:
    stack = []
    closer_for = {"(": ")", "[": "]", "{": "}"}
    for ch in s:
        if ch in closer_for:
            stack.append(ch)
        else:
            if not stack or closer_for[stack[-1]] != ch:
                return False
            stack = stack[:-1]
    return not stack
