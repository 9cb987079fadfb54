def length_of_longest_substring(s: str) -> int:
    window = []
    longest = 0
    for ch in s:
        while ch in window:
            window.pop(0)
        window.append(ch)
        if len(window) > longest:
            longest = len(window)
    return longest
