class Solution:
    def merge_sorted(self, a, b):
        merged = []
        i = j = 0
        while i < len(a) or j < len(b):
            if j == len(b) or (i < len(a) and a[i] <= b[j]):
                merged = merged + [a[i]]
                i += 1
            else:
                merged = merged + [b[j]]
                j += 1
        return merged
