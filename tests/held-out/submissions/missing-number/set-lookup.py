def missing_number(nums):
    present = set(nums)
    for k in range(len(nums)):
        if k not in present:
            return k
