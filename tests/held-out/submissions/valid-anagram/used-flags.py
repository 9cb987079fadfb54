class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        used = [False] * len(t)
        for ch in s:
            matched = False
            for j in range(len(t)):
                if not used[j] and t[j] == ch:
                    used[j] = True
                    matched = True
                    break
            if not matched:
                return False
        return True
