def run_length_encode(s):
    chunks = []
    i = len(s) - 1
    while i >= 0:
        j = i
        while j >= 0 and s[j] == s[i]:
            j -= 1
        chunks.insert(0, s[i] + str(i - j))
        i = j
    return "".join(chunks)
