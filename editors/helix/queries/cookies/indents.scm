; Indentation in Helix: blocks and multi-line lists indent their contents;
; the closing bracket goes back out.
[
  (block)
  (list)
] @indent

[
  "}"
  "]"
] @outdent
