def binary_search(nums, target):
    start, end = 0, len(nums)
    while start < end:
        # size of the part still to search
        size = len(nums[start:end])
        mid = start + size // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            start = mid + 1
        else:
            end = mid
    return -1
