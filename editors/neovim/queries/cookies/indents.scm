; Indentation (nvim-treesitter vocabulary; Helix has its own copy in
; editors/helix/queries/cookies/indents.scm).
[
  (block)
  (list)
] @indent.begin

[
  "}"
  "]"
] @indent.branch @indent.end

(multiline_string) @indent.ignore

(comment) @indent.auto
