def reverse_words(s: str) -> str:
    start = 0
    while s[start] == " ":
        start += 1
    end = len(s) - 1
    while s[end] == " ":
        end -= 1
    words = s[start:end + 1].split()
    return " ".join(words[::-1])
