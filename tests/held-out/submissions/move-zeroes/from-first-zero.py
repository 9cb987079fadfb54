def move_zeroes(nums):
    slow = nums.index(0)
    for fast in range(slow + 1, len(nums)):
        if nums[fast] != 0:
            nums[slow], nums[fast] = nums[fast], nums[slow]
            slow += 1
    return nums
