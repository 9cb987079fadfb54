def is_valid_parentheses(s: str) -> bool:
    closer_to_opener = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in closer_to_opener:
            if stack.pop() != closer_to_opener[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
