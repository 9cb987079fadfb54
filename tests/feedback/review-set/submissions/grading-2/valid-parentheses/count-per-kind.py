def is_valid_parentheses(s: str) -> bool:
    closing = {")": "(", "]": "[", "}": "{"}
    open_count = {"(": 0, "[": 0, "{": 0}
    for ch in s:
        if ch in open_count:
            open_count[ch] += 1
        else:
            opener = closing[ch]
            if open_count[opener] == 0:
                return False  # closing something that was never opened
            open_count[opener] -= 1
    return all(n == 0 for n in open_count.values())
