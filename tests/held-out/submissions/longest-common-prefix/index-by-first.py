class Solution:
    def longestCommonPrefix(self, strs):
        if not strs:
            return ""
        for i, ch in enumerate(strs[0]):
            for other in strs[1:]:
                if other[i] != ch:
                    return strs[0][:i]
        return strs[0]
