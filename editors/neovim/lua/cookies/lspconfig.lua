-- nvim-lspconfig registration (for lspconfig versions before Neovim 0.11's
-- vim.lsp.config). Usage:
--   require('cookies.lspconfig').register()
--   require('lspconfig').cookiec.setup({})
local M = {}

function M.register()
  local configs = require('lspconfig.configs')
  if configs.cookiec then
    return
  end
  local util = require('lspconfig.util')
  configs.cookiec = {
    default_config = {
      cmd = { 'cookiec', 'lsp' },
      filetypes = { 'cookies' },
      root_dir = util.find_git_ancestor or util.root_pattern('.git'),
      single_file_support = true,
    },
    docs = {
      description = 'cookiec, the compiler and language server for .cookies cookie policies.',
    },
  }
end

return M
