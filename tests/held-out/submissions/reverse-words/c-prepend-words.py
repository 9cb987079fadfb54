def reverse_words(s: str) -> str:
    result = ""
    for word in s.split():
        if result:
            result = word + " " + result
        else:
            result = word
    return result
