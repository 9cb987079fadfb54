def is_palindrome(s: str) -> bool:
    """O(n^2): builds the reversed text by prepending, which copies it for every character."""
    forward = []
    backward = ""
    for ch in s:
        if ch.isalnum():
            forward.append(ch.lower())
            backward = ch.lower() + backward
    return "".join(forward) == backward
