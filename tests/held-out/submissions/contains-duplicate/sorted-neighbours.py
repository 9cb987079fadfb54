def contains_duplicate(nums):
    s = sorted(nums)
    for i in range(len(s) - 2):
        if s[i] == s[i + 1]:
            return True
    return False
