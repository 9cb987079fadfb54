def is_valid_parentheses(s):
    partner = {")": "(", "]": "[", "}": "{"}
    stack = [""] * len(s)
    top = 0
    for ch in s:
        if ch in "([{":
            stack[top] = ch
            top += 1
        else:
            if top == 0 or stack[top] != partner[ch]:
                return False
            top -= 1
    return top == 0
