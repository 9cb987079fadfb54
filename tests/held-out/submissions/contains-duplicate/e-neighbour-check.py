def contains_duplicate(nums):
    # equal values sit next to each other
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1]:
            return True
    return False
