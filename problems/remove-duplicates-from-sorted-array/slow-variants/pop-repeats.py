def remove_duplicates(nums):
    """O(n * repeats): deletes each repeat in place with list.pop(i), shifting the tail every time."""
    i = 1
    while i < len(nums):
        if nums[i] == nums[i - 1]:
            nums.pop(i)
        else:
            i += 1
    return nums
