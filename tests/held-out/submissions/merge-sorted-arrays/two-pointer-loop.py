class Solution:
    def mergeSorted(self, a, b):
        result = []
        p = q = 0
        while p < len(a) and q < len(b):
            if a[p] < b[q]:
                result.append(a[p])
                p += 1
            else:
                result.append(b[q])
                q += 1
        return result
