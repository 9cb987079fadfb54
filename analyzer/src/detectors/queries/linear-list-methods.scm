; `items.index(x)`, `items.count(x)`, `items.remove(x)`: each walks the list
(call
  function: (attribute
    object: (_) @container
    attribute: (identifier) @method
    (#any-of? @method "index" "count" "remove"))) @finding
