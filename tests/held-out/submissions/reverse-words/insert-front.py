class Solution:
    def reverseWords(self, s: str) -> str:
        ordered = []
        for word in s.split():
            ordered.insert(0, word)
        return " ".join(ordered)
