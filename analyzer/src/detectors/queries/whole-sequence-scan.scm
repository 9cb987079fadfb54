; `sum(xs)`, `max(xs)`, `min(xs)`, `any(xs)`, `all(xs)` with a single argument: a pass over xs
(call
  function: (identifier) @function
  (#any-of? @function "sum" "max" "min" "any" "all" "list" "set" "tuple" "Counter")
  arguments: (argument_list . (_) @sequence . )) @finding

; `max(xs, key=f)`, `min(xs, default=0)`: the same pass, with a keyword
(call
  function: (identifier) @function
  (#any-of? @function "sum" "max" "min")
  arguments: (argument_list . (_) @sequence . (keyword_argument) . )) @finding

; `xs.count(x)`, `s.replace(...)`, `"".join(xs)`: a pass over the whole sequence
(call
  function: (attribute
    object: (_) @sequence
    attribute: (identifier) @method
    (#any-of? @method "count" "replace" "split" "lower" "upper" "strip" "lstrip" "rstrip" "find" "join" "copy"))) @finding
