def move_zeroes(nums):
    n = len(nums)
    for i in range(n - 1, -1, -1):
        if nums[i] == 0:
            # walk this zero to the back, one swap at a time
            for j in range(i, n - 1):
                nums[j], nums[j + 1] = nums[j + 1], nums[j]
    return nums
