def contains_duplicate(nums):
    for i in range(len(nums)):
        # if the first i+1 values are not all distinct we found a repeat
        if len(set(nums[:i + 1])) != i + 1:
            return True
    return False
