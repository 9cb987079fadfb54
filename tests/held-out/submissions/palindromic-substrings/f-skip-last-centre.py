def count_palindromic_substrings(s):
    n = len(s)
    total = 0
    for centre in range(n - 1):
        for lo, hi in ((centre, centre), (centre, centre + 1)):
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                total += 1
                lo -= 1
                hi += 1
    return total
