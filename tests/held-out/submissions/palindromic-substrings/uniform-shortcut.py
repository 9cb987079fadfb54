def count_palindromic_substrings(s):
    n = len(s)
    # a string of one repeated letter: every substring is a palindrome
    if s == s[0] * n:
        return n * (n + 1) // 2
    count = 0
    for mid in range(n):
        for lo, hi in ((mid, mid), (mid, mid + 1)):
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
    return count
