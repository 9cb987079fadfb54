class Solution:
    def runLengthEncode(self, s: str) -> str:
        out = []
        while s:
            first = s[0]
            count = 1
            while count < len(s) and s[count] == first:
                count += 1
            out.append(first + str(count))
            s = s[count:]
        return "".join(out)
