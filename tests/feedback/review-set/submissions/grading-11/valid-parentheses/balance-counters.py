def is_valid_parentheses(s: str) -> bool:
    closing_to_opening = {")": "(", "]": "[", "}": "{"}
    open_count = {"(": 0, "[": 0, "{": 0}

    for ch in s:
        if ch in open_count:
            open_count[ch] += 1
            continue
        opener = closing_to_opening[ch]
        if open_count[opener] == 0:
            return False
        open_count[opener] -= 1

    return all(count == 0 for count in open_count.values())
