from collections import Counter


def min_window(s, t):
    if not t:
        return ""
    need = Counter(t)
    left = 0
    answer = ""
    for right in range(len(s)):
        window = Counter(s[left:right + 1])
        while all(window[c] >= n for c, n in need.items()):
            if not answer or right - left + 1 < len(answer):
                answer = s[left:right + 1]
            window[s[left]] -= 1
            left += 1
    return answer
