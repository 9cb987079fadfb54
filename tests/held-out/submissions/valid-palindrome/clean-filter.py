class Solution:
    def isPalindrome(self, s: str) -> bool:
        # keep letters and digits only, ignore case
        kept = "".join(ch for ch in s if ch.isalnum()).lower()
        return kept == kept[::-1]
