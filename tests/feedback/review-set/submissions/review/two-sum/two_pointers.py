def two_sum(nums, target):
    left, right = 0, len(nums) - 1
    while left < right:
        pair = nums[left] + nums[right]
        if pair == target:
            return [left, right]
        if pair < target:
            left += 1
        else:
            right -= 1
    return []
