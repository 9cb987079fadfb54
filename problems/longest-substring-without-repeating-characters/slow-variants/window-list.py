def length_of_longest_substring(s):
    """O(n * window): the window is a list, searched with `in` and list.index, and cut by slicing."""
    window = []
    best = 0
    for ch in s:
        if ch in window:
            window = window[window.index(ch) + 1:]
        window.append(ch)
        best = max(best, len(window))
    return best
