def binary_search(nums, target):
    """O(n): a binary search that keeps the half it needs as a new slice, copying n/2 + n/4 + ... elements."""
    offset = 0
    while nums:
        mid = len(nums) // 2
        if nums[mid] == target:
            return offset + mid
        if nums[mid] < target:
            offset += mid + 1
            nums = nums[mid + 1:]
        else:
            nums = nums[:mid]
    return -1
