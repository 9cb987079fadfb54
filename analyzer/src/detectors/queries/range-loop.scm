; `for i in range(...)`: the bounds decide which indices the body sees
(for_statement
  left: (identifier) @index
  right: (call
    function: (identifier) @range
    (#eq? @range "range")
    arguments: (argument_list) @bounds)) @finding
