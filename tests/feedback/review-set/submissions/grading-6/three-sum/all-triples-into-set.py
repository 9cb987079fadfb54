def three_sum(nums):
    nums = sorted(nums)
    n = len(nums)
    found = set()
    for i in range(n):
        for j in range(i + 1, n):
            for m in range(j + 1, n):
                if nums[i] + nums[j] + nums[m] == 0:
                    found.add((nums[i], nums[j], nums[m]))
    return [list(triple) for triple in found]
