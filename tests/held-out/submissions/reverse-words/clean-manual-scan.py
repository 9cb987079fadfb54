class Solution:
    def reverseWords(self, s: str) -> str:
        words = []
        i, n = 0, len(s)
        while i < n:
            if s[i] == " ":
                i += 1
                continue
            j = i
            while j < n and s[j] != " ":
                j += 1
            words.append(s[i:j])
            i = j
        words.reverse()
        return " ".join(words)
