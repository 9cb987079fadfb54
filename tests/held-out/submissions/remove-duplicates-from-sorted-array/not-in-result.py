def remove_duplicates(nums):
    distinct = []
    for n in nums:
        if n not in distinct:
            distinct.append(n)
    return distinct
