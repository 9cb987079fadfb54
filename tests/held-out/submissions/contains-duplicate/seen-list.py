def contains_duplicate(nums):
    seen = []
    for n in nums:
        if n in seen:
            return True
        seen.append(n)
    return False
