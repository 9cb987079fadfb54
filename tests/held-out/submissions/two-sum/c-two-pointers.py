def two_sum(nums, target):
    pairs = list(enumerate(nums))
    i, j = 0, len(pairs) - 1
    while i < j:
        s = pairs[i][1] + pairs[j][1]
        if s == target:
            return [pairs[i][0], pairs[j][0]]
        elif s < target:
            i += 1
        else:
            j -= 1
    return []
