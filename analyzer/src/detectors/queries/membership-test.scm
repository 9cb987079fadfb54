; `x in items` or `x not in items`: a scan when `items` is a list
(comparison_operator
  operators: ["in" "not in"]) @finding
