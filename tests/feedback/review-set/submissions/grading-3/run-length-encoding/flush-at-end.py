def run_length_encode(s: str) -> str:
    if not s:
        return ""
    parts = []
    count = 1
    for i in range(1, len(s)):
        # close the current run at the end of the string or when the character changes
        if i == len(s) or s[i] != s[i - 1]:
            parts.append(s[i - 1] + str(count))
            count = 1
        else:
            count += 1
    return "".join(parts)
