; Folding (Neovim: foldmethod=expr with vim.treesitter.foldexpr()).
[
  (block)
  (list)
  (multiline_string)
] @fold
