; `xs[k]`, `xs[:k]`, `xs[-k:]`: a count used as an index or a slice bound
(subscript
  subscript: (_) @bound) @finding

; `range(k)`, `range(n - k, n)`: a count used as a loop bound
(call
  function: (identifier) @range
  (#eq? @range "range")
  arguments: (argument_list) @bound) @finding
