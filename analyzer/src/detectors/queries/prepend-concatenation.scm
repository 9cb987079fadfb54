; `text = piece + text` or `items = [x] + items`: copies the whole accumulated value
(assignment
  left: (identifier) @target
  right: (binary_operator
    operator: "+"
    right: (identifier) @accumulated)
  (#eq? @target @accumulated)) @finding

; `items = items + [x]`: copies the whole list (unlike `+=`)
(assignment
  left: (identifier) @target
  right: (binary_operator
    left: (identifier) @accumulated
    operator: "+"
    right: [(list) (list_comprehension) (identifier) (subscript)])
  (#eq? @target @accumulated)) @finding
