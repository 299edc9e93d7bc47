-- Setup for .cookies files in Neovim: filetype, the cookiec language server
-- and the tree-sitter parser. `require('cookies').setup()` from init.lua; see
-- editors/neovim/README.md.
local M = {}

M.defaults = {
  -- The cookiec executable (a command on PATH or a path) and its arguments.
  cmd = { 'cookiec', 'lsp' },
  -- Start the language server for .cookies buffers.
  lsp = true,
  -- Register the tree-sitter parser with nvim-treesitter, when installed.
  treesitter = true,
}

-- The repository holding grammar/tree-sitter-cookies (this file lives in
-- <repo>/editors/neovim/lua/cookies/init.lua).
local function repo_root()
  local source = debug.getinfo(1, 'S').source:sub(2)
  return vim.fn.fnamemodify(source, ':p:h:h:h:h:h')
end

-- Find the root directory: the nearest parent with a .git, else the file's.
local function root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local found = vim.fs and vim.fs.find and vim.fs.find('.git', { upward = true, path = vim.fs.dirname(name) })[1]
  return found and vim.fs.dirname(found) or vim.fn.fnamemodify(name, ':p:h')
end

local function warn_missing(cmd)
  vim.notify(
    ('cookies: the language server "%s" was not found. Install it with '
      .. '`cargo install --locked --path crates/cookiec` from the cookiec repository, '
      .. "or pass cmd = { '/path/to/cookiec', 'lsp' } to require('cookies').setup()."):format(cmd),
    vim.log.levels.WARN
  )
end

-- Start (or reuse) the client for one buffer.
function M.start_lsp(bufnr, opts)
  opts = vim.tbl_deep_extend('force', M.defaults, opts or {})
  if vim.fn.executable(opts.cmd[1]) ~= 1 then
    if not M._warned then
      M._warned = true
      warn_missing(opts.cmd[1])
    end
    return nil
  end
  local config = { name = 'cookiec', cmd = opts.cmd, root_dir = root_dir(bufnr) }
  if vim.lsp.start then
    -- Neovim 0.10+: reuses a running client with the same name and root.
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  -- Neovim 0.7 to 0.9: one client per root, attached by hand.
  M._clients = M._clients or {}
  local id = M._clients[config.root_dir]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    M._clients[config.root_dir] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

-- Tell nvim-treesitter where the parser is, for `:TSInstall cookies`. Both
-- the `master` branch (parser configs table) and the `main` branch (User
-- TSUpdate event) are supported.
function M.register_parser()
  local info = {
    install_info = {
      url = repo_root(),
      location = 'grammar/tree-sitter-cookies',
      path = repo_root() .. '/grammar/tree-sitter-cookies',
      files = { 'src/parser.c' },
      generate_requires_npm = false,
      requires_generate_from_grammar = false,
    },
    filetype = 'cookies',
    maintainers = {},
  }
  local ok, parsers = pcall(require, 'nvim-treesitter.parsers')
  if ok and type(parsers.get_parser_configs) == 'function' then
    parsers.get_parser_configs().cookies = info
  else
    vim.api.nvim_create_autocmd('User', {
      pattern = 'TSUpdate',
      callback = function()
        require('nvim-treesitter.parsers').cookies = { install_info = info.install_info }
      end,
    })
  end
  if vim.treesitter.language and vim.treesitter.language.register then
    vim.treesitter.language.register('cookies', 'cookies')
  end
end

function M.setup(opts)
  opts = vim.tbl_deep_extend('force', M.defaults, opts or {})
  vim.filetype.add({ extension = { cookies = 'cookies' } })
  if opts.treesitter then
    M.register_parser()
  end
  if opts.lsp then
    local group = vim.api.nvim_create_augroup('cookies_lsp', { clear = true })
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = 'cookies',
      callback = function(args)
        M.start_lsp(args.buf, opts)
      end,
    })
  end
end

return M
