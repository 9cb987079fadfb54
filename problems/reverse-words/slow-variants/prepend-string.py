def reverse_words(s):
    """O(n^2): prepends each word to the result string, copying everything built so far."""
    result = ""
    for word in s.split():
        result = word + " " + result if result else word
    return result
