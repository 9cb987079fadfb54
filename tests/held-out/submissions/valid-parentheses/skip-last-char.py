from typing import List


def is_valid_parentheses(s: str) -> bool:
    want = {"(": ")", "[": "]", "{": "}"}
    expected: List[str] = []
    for i in range(len(s) - 1):
        c = s[i]
        if c in want:
            expected.append(want[c])
        elif not expected or expected.pop() != c:
            return False
    return not expected
