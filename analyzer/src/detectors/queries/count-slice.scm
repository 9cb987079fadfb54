; `xs[-k:]`, `xs[:-k]`: assumes k is at most len(xs)
(subscript
  value: (_) @sequence
  subscript: (slice
    (unary_operator operator: "-" argument: (identifier) @count))) @finding

; `xs[len(xs) - k:]`: the same assumption, spelled out
(subscript
  value: (_) @sequence
  subscript: (slice
    (binary_operator
      left: (call function: (identifier) @length (#eq? @length "len"))
      operator: "-"
      right: (identifier) @count))) @finding
