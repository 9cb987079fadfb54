def longest_common_prefix(strs):
    if not strs:
        return ""
    shortest = min(strs, key=len)
    answer = ""
    for i in range(len(shortest)):
        if all(word[:i + 1] == shortest[:i + 1] for word in strs):
            answer = shortest[:i + 1]
        else:
            break
    return answer
