class Solution:
    def merge_sorted(self, a, b):
        merged = []
        while a and b:
            if b[0] < a[0]:
                a, b = b, a
            merged.append(a[0])
            a = a[1:]
        return merged + a + b
