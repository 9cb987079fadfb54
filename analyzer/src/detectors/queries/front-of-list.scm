; `queue.pop(0)`: shifts every remaining element
(call
  function: (attribute
    object: (_) @container
    attribute: (identifier) @method
    (#eq? @method "pop"))
  arguments: (argument_list . (integer) @index . )
  (#eq? @index "0")) @finding

; `items.insert(0, x)`: shifts every element
(call
  function: (attribute
    object: (_) @container
    attribute: (identifier) @method
    (#eq? @method "insert"))
  arguments: (argument_list . (integer) @index)
  (#eq? @index "0")) @finding

; `del items[0]`: shifts every remaining element
(delete_statement
  (subscript
    value: (_) @container
    subscript: (integer) @index
    (#eq? @index "0"))) @finding
