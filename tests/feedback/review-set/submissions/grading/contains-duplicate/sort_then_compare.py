def contains_duplicate(nums):
    nums = sorted(nums)
    previous = nums[0]
    for value in nums[1:]:
        if value == previous:
            return True
        previous = value
    return False
