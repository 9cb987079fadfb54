from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        ordered = sorted(counts, key=counts.get, reverse=True)
        answer = []
        for i in range(k):
            answer.append(ordered[i])
        return answer
