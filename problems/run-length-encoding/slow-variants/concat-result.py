def run_length_encode(s):
    """O(n^2): `result = result + ch + str(count)` copies the whole result for every run."""
    result = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        result = result + s[i] + str(j - i)
        i = j
    return result
