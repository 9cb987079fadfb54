def remove_duplicates(nums):
    if not nums:
        return nums
    k = 1
    for i in range(1, len(nums) - 1):
        if nums[i] != nums[k - 1]:
            nums[k] = nums[i]
            k += 1
    del nums[k:]
    return nums
