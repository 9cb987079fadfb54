def three_sum(nums):
    """O(n^3): for every pair, looks for the third value with `in` over a fresh slice of the rest."""
    nums = sorted(nums)
    found = set()
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if -(nums[i] + nums[j]) in nums[j + 1:]:
                found.add((nums[i], nums[j], -(nums[i] + nums[j])))
    return [list(t) for t in found]
