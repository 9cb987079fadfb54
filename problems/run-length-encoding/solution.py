def run_length_encode(s: str) -> str:
    """Return s with every run of equal characters written as the character and its count."""
    parts = []
    current, count = None, 0
    for ch in s:
        if ch == current:
            count += 1
        else:
            if count:
                parts.append(f"{current}{count}")
            current, count = ch, 1
    if count:
        parts.append(f"{current}{count}")
    return "".join(parts)
