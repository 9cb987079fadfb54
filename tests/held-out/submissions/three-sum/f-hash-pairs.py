class Solution:
    def threeSum(self, nums):
        nums = sorted(nums)
        triplets = set()
        for i in range(len(nums)):
            if i and nums[i] == nums[i - 1]:
                continue
            seen = set()
            for j in range(i + 1, len(nums)):
                need = -nums[i] - nums[j]
                if need in seen:
                    triplets.add((nums[i], need, nums[j]))
                seen.add(nums[j])
        return [list(t) for t in triplets]
