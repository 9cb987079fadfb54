def remove_duplicates(nums):
    unique = [nums[0]]
    for value in nums[1:]:
        if value != unique[-1]:
            unique.append(value)
    return unique
