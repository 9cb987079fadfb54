; `if not xs:` guards the empty case
(if_statement
  condition: (not_operator argument: (identifier) @sequence)) @guard

; `if len(xs) == 0:`, `if len(xs) < 2:` and the like guard short inputs
(if_statement
  condition: (comparison_operator
    (call
      function: (identifier) @length
      (#eq? @length "len")
      arguments: (argument_list . (identifier) @sequence . ))
    (integer))) @guard

; `if xs:` / `if xs and ...` only runs the body for non-empty inputs
(if_statement
  condition: [
    (identifier) @sequence
    (boolean_operator left: (identifier) @sequence)
  ]) @guard

; `if not xs or ...:` / `if ... or not xs:` guard the empty case among other conditions
(if_statement
  condition: (boolean_operator
    left: (not_operator argument: (identifier) @sequence))) @guard

(if_statement
  condition: (boolean_operator
    right: (not_operator argument: (identifier) @sequence))) @guard
