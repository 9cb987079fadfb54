class Solution:
    def topKFrequent(self, nums: list[int], k: int) -> list[int]:
        counts = {x: nums.count(x) for x in nums}
        ordered = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        return [value for value, _ in ordered[:k]]
