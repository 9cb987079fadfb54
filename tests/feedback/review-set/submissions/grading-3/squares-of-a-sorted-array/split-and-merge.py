def sorted_squares(nums: list[int]) -> list[int]:
    n = len(nums)
    # find where the non-negative part starts, then merge outward from there
    split = 0
    while nums[split] < 0:
        split += 1
    left, right = split - 1, split
    out = []
    while left >= 0 or right < n:
        if right >= n or (left >= 0 and -nums[left] < nums[right]):
            out.append(nums[left] * nums[left])
            left -= 1
        else:
            out.append(nums[right] * nums[right])
            right += 1
    return out
