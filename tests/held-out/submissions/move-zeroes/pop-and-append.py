def move_zeroes(nums):
    i = 0
    moved = 0
    while i < len(nums) - moved:
        if nums[i] == 0:
            nums.append(nums.pop(i))
            moved += 1
        else:
            i += 1
    return nums
