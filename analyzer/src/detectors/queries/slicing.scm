; `xs[i:]`, `s[:j]`, `xs[::-1]`: a copy of the sliced part
(subscript
  value: (_) @sequence
  subscript: (slice)) @finding
