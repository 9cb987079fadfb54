from typing import List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        if len(strs) <= 1:
            return [strs]
        groups = {}
        for w in strs:
            groups.setdefault("".join(sorted(w)), []).append(w)
        return list(groups.values())
