; `ord(c) - ord("a")`: an index that only fits lowercase ASCII letters
(binary_operator
  left: (call
    function: (identifier) @ord
    (#eq? @ord "ord"))
  operator: "-"
  right: (call
    function: (identifier) @ord_base
    (#eq? @ord_base "ord")
    arguments: (argument_list (string) @base))) @finding

; `[0] * 26`: a table with one slot per lowercase letter
(binary_operator
  left: (list (integer))
  operator: "*"
  right: (integer) @size
  (#eq? @size "26")) @table
