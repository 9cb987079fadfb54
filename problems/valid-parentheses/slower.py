def is_valid_parentheses(s: str) -> bool:
    """O(n^2): deletes adjacent matching pairs until none is left; each pass rescans the string."""
    previous = None
    while s != previous:
        previous = s
        s = s.replace("()", "").replace("[]", "").replace("{}", "")
    return s == ""
