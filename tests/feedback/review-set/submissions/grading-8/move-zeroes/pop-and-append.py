def move_zeroes(nums):
    i = 0
    end = len(nums)
    while i < end:
        if nums[i] == 0:
            nums.append(nums.pop(i))
            end -= 1
        else:
            i += 1
    return nums
