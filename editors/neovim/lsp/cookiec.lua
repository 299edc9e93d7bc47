-- Neovim 0.11+ (`:h lsp-config`): with this directory on 'runtimepath',
-- `vim.lsp.enable('cookiec')` starts `cookiec lsp` for .cookies buffers.
return {
  cmd = { 'cookiec', 'lsp' },
  filetypes = { 'cookies' },
  root_markers = { '.git' },
}
