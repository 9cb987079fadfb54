def count_palindromic_substrings(s: str) -> int:
    # Compare raw bytes: indexing a bytes object is cheaper than indexing a str.
    data = s.encode("utf-8")
    n = len(data)
    total = 0
    for center in range(2 * n - 1):
        left = center // 2
        right = left + center % 2
        while left >= 0 and right < n and data[left] == data[right]:
            total += 1
            left -= 1
            right += 1
    return total
