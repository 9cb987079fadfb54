def remove_duplicates(nums):
    result = []
    for i in range(len(nums) - 1):
        if nums[i] != nums[i + 1]:
            result.append(nums[i])
    return result
