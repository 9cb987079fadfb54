; a loop directly inside another loop's body: the shape of a brute force over pairs
(for_statement
  body: (block [(for_statement) (while_statement)] @finding)) @outer

(while_statement
  body: (block [(for_statement) (while_statement)] @finding)) @outer
