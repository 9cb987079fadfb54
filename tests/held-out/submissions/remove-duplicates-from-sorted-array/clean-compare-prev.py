def remove_duplicates(nums):
    result = []
    for i, x in enumerate(nums):
        # sorted input: a new value differs from the one right before it
        if i == 0 or x != nums[i - 1]:
            result.append(x)
    return result
