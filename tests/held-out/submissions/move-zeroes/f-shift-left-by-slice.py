def move_zeroes(nums):
    i = 0
    end = len(nums)
    while i < end:
        if nums[i] == 0:
            nums[i:] = nums[i + 1:] + [0]
            end -= 1
        else:
            i += 1
