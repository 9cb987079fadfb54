def sorted_squares(nums):
    # split at the first non-negative value and merge outwards from there
    right = next(i for i, v in enumerate(nums) if v >= 0)
    left = right - 1
    out = []
    while left >= 0 or right < len(nums):
        if right >= len(nums) or (left >= 0 and -nums[left] < nums[right]):
            out.append(nums[left] * nums[left])
            left -= 1
        else:
            out.append(nums[right] * nums[right])
            right += 1
    return out
