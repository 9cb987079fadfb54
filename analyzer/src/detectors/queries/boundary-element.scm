; `xs[0]` or `xs[-1]`: needs at least one element
(subscript
  value: (identifier) @sequence
  subscript: [
    (integer) @index
    (unary_operator operator: "-" argument: (integer)) @index
  ]) @finding

; `max(xs)` / `min(xs)`: raises ValueError on an empty sequence
(call
  function: (identifier) @function
  (#any-of? @function "max" "min")
  arguments: (argument_list . (identifier) @sequence . )) @finding

; `total / len(xs)`: raises ZeroDivisionError on an empty sequence
(binary_operator
  operator: ["/" "//" "%"]
  right: (call
    function: (identifier) @length
    (#eq? @length "len")
    arguments: (argument_list . (identifier) @sequence . ))) @finding
