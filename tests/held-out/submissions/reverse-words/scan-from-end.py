def reverse_words(s: str) -> str:
    result = []
    j = len(s) - 1
    while j >= 0:
        # skip spaces at the right
        while j >= 0 and s[j] == " ":
            j -= 1
        if j < 0:
            break
        i = j
        while i >= 0 and s[i] != " ":
            i -= 1
        result.append(s[i + 1:j])
        j = i
    return " ".join(result)
