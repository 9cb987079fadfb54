class Solution:
    def reverseWords(self, s):
        result = []
        # walk the words from the last one to the first
        for i in range(len(s.split()) - 1, -1, -1):
            result.append(s.split()[i])
        return " ".join(result)
