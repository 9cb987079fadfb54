class Solution:
    def isPalindrome(self, s: str) -> bool:
        cleaned = [c.lower() for c in s if c.isalnum()]
        if not cleaned:
            return False
        return cleaned == cleaned[::-1]
