class Solution:
    def longestCommonPrefix(self, strs):
        if not strs:
            return ""
        head = strs[0]
        size = 0
        for i in range(len(head)):
            for other in strs:
                if other[i] != head[i]:
                    return head[:size]
            size += 1
        return head[:size]
