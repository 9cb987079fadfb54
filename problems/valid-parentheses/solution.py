OPENER_OF = {")": "(", "]": "[", "}": "{"}


def is_valid_parentheses(s: str) -> bool:
    """Return True if every bracket in s is closed by the right kind, in the right order."""
    open_brackets = []
    for ch in s:
        if ch in OPENER_OF:
            if not open_brackets or open_brackets.pop() != OPENER_OF[ch]:
                return False
        else:
            open_brackets.append(ch)
    return not open_brackets
