class Solution:
    def reverse_words(self, s: str) -> str:
        out = []
        for i in range(len(s.split())):
            out.append(s.split()[-1 - i])
        return " ".join(out)
