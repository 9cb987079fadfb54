; `items.sort()`: a full sort
(call
  function: (attribute
    object: (_) @container
    attribute: (identifier) @method
    (#eq? @method "sort"))) @finding

; `sorted(items)`: a full sort into a new list
(call
  function: (identifier) @function
  (#eq? @function "sorted")
  arguments: (argument_list . (_) @container)) @finding
