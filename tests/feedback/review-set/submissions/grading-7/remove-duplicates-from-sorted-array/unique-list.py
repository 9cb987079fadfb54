def remove_duplicates(nums):
    unique = []
    for value in nums:
        if value not in unique:
            unique.append(value)
    return unique
