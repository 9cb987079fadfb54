; `a < b`, `xs[i] >= target`: a comparison whose outcome depends on how values are ordered
(comparison_operator
  operators: ["<" "<=" ">" ">="] @operator) @finding

; `xs[i] == xs[i + 1]`: equal values are found only when they sit next to each other
(comparison_operator
  operators: ["==" "!="] @operator) @finding
