def binary_search(nums, target):
    if not nums:
        return -1
    mid = len(nums) // 2
    if nums[mid] == target:
        return mid
    go_right = nums[mid] < target
    half = nums[mid + 1:] if go_right else nums[:mid]
    found = binary_search(half, target)
    if found == -1 or not go_right:
        return found
    return mid + 1 + found
