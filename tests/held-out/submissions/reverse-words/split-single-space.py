class Solution:
    def reverse_words(self, s: str) -> str:
        parts = s.split(" ")
        parts.reverse()
        return " ".join(parts)
