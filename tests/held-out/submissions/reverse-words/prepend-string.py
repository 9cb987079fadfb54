def reverse_words(s: str) -> str:
    answer = ""
    for w in s.split():
        if answer:
            answer = w + " " + answer
        else:
            answer = w
    return answer
