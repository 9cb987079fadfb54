; `while i <= len(xs)` / `while i <= n`: an index allowed to reach the length
(while_statement
  condition: [
    (comparison_operator
      (identifier) @index
      operators: "<=" @operator
      (_) @bound)
    (boolean_operator
      left: (comparison_operator
        (identifier) @index
        operators: "<=" @operator
        (_) @bound))
  ]) @finding
