def reverse_words(s):
    backwards = []
    for word in s.split(" "):
        if word:
            backwards = [word] + backwards
    return " ".join(backwards)
