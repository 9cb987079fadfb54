class Solution:
    def longest_consecutive(self, nums):
        present = set(nums)
        longest = 1
        for x in present:
            if x - 1 in present:
                continue
            length = 1
            while x + length in present:
                length += 1
            longest = max(longest, length)
        return longest
