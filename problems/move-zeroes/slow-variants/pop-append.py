def move_zeroes(nums):
    """O(n * zeroes): list.pop(i) shifts everything after each zero before appending it at the end."""
    i = 0
    seen = 0
    while seen < len(nums):
        if nums[i] == 0:
            nums.append(nums.pop(i))
        else:
            i += 1
        seen += 1
    return nums
