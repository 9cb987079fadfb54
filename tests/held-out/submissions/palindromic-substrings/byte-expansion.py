def count_palindromic_substrings(s):
    data = s.encode()
    n = len(data)
    count = 0
    for centre in range(n):
        for lo, hi in ((centre, centre), (centre, centre + 1)):
            while lo >= 0 and hi < n and data[lo] == data[hi]:
                count += 1
                lo -= 1
                hi += 1
    return count
