def three_sum(nums):
    """O(n^3): skips repeated first values, but finds each third value with list.index over the rest."""
    nums = sorted(nums)
    found = set()
    for i in range(len(nums)):
        if i and nums[i] == nums[i - 1]:
            continue
        for j in range(i + 1, len(nums)):
            try:
                nums.index(-(nums[i] + nums[j]), j + 1)
            except ValueError:
                continue
            found.add((nums[i], nums[j], -(nums[i] + nums[j])))
    return [list(t) for t in found]
