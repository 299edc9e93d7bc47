-- Buffer settings for .cookies files: `#` comments, 2-space indentation
-- (the layout `cookiec fmt` writes), tree-sitter highlighting when the
-- parser is installed.
if vim.b.did_ftplugin then
  return
end
vim.b.did_ftplugin = true

vim.bo.commentstring = '# %s'
vim.bo.comments = ':#'
vim.bo.expandtab = true
vim.bo.shiftwidth = 2
vim.bo.softtabstop = 2
vim.b.undo_ftplugin = 'setlocal commentstring< comments< expandtab< shiftwidth< softtabstop<'

-- Neovim 0.9+: use the tree-sitter parser when one is installed (through
-- nvim-treesitter or by hand, see README.md); otherwise stay plain.
if vim.treesitter and vim.treesitter.language and vim.treesitter.language.add then
  -- 0.10 throws when the parser is missing, 0.11 returns nil and a message.
  local ok, added, err = pcall(vim.treesitter.language.add, 'cookies')
  if ok and (added or err == nil) then
    pcall(vim.treesitter.start)
    vim.wo.foldexpr = 'v:lua.vim.treesitter.foldexpr()'
  end
end
