class Solution:
    def reverseWords(self, s: str) -> str:
        result = []
        for i in range(len(s.split()) - 1, -1, -1):
            result.append(s.split()[i])
        return " ".join(result)
