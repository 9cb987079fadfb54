class Solution:
    def run_length_encode(self, s: str) -> str:
        res = []
        i, n = 0, len(s)
        while i < n:
            j = i + 1
            while j < n and s[j] == s[i]:
                j += 1
            res.append(s[i])
            res.append(str(j - i))
            i = j
        return "".join(res)
