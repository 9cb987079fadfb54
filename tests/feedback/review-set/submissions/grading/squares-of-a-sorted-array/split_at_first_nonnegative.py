def sorted_squares(nums):
    # find where the non-negative part starts, then merge outward
    right = next(i for i, x in enumerate(nums) if x >= 0)
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
