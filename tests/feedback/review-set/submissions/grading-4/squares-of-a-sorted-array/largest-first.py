def sorted_squares(nums):
    result = []
    left, right = 0, len(nums) - 1
    while left <= right:
        if abs(nums[left]) > abs(nums[right]):
            result.insert(0, nums[left] * nums[left])
            left += 1
        else:
            result.insert(0, nums[right] * nums[right])
            right -= 1
    return result
