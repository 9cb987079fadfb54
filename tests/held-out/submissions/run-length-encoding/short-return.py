class Solution:
    def run_length_encode(self, s: str) -> str:
        if len(s) < 2:
            return s
        out = []
        run = 1
        for i in range(1, len(s)):
            if s[i] == s[i - 1]:
                run += 1
            else:
                out.append(f"{s[i - 1]}{run}")
                run = 1
        out.append(f"{s[-1]}{run}")
        return "".join(out)
