def move_zeroes(nums):
    pos = 0
    for x in nums:
        if x != 0:
            nums[pos] = x
            pos += 1
    for k in range(pos, len(nums)):
        nums[k] = 0
    return nums
