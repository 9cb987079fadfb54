def sorted_squares(nums: list[int]) -> list[int]:
    split = 0
    while split < len(nums) and nums[split] < 0:
        split += 1
    neg = [x * x for x in reversed(nums[:split])]
    pos = [x * x for x in nums[split:]]
    out, i, j = [], 0, 0
    while i < len(neg) and j < len(pos):
        if neg[i] <= pos[j]:
            out.append(neg[i])
            i += 1
        else:
            out.append(pos[j])
            j += 1
    return out + neg[i:] + pos[j:]
