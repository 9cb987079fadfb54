def contains_duplicate(nums):
    # equal values end up next to each other, so compare neighbours
    i = 1
    while i < len(nums):
        if nums[i - 1] == nums[i]:
            return True
        i += 1
    return False
