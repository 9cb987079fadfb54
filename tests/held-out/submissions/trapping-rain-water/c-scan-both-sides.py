class Solution:
    def trap(self, height: list[int]) -> int:
        total = 0
        for i in range(1, len(height) - 1):
            left_wall = max(height[:i])
            right_wall = max(height[i + 1:])
            level = min(left_wall, right_wall)
            if level > height[i]:
                total += level - height[i]
        return total
