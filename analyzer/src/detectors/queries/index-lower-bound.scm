; `i > 0` / `0 < i`: a lower bound that leaves index 0 out
(comparison_operator
  (identifier) @index
  operators: ">"
  (integer) @zero
  (#eq? @zero "0")) @finding

(comparison_operator
  (integer) @zero
  (#eq? @zero "0")
  operators: "<"
  (identifier) @index) @finding
