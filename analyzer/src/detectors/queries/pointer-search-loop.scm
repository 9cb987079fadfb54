; `while lo < hi` / `while lo <= hi`: the loop of a binary search or two pointers
(while_statement
  condition: (comparison_operator
    (identifier) @low
    operators: ["<" "<="] @operator
    (identifier) @high)) @finding
