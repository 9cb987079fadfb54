; `xs.index(x)`: raises ValueError when x is absent
(call
  function: (attribute
    object: (_) @sequence
    attribute: (identifier) @method
    (#eq? @method "index"))) @finding
