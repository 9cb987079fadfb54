from typing import List


class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        if not strs:
            return ""
        best_len = 0
        for i in range(min(len(s) for s in strs)):
            heads = {s[:i + 1] for s in strs}
            if len(heads) > 1:
                break
            best_len = i + 1
        return strs[0][:best_len]
