-- Headless Neovim test of this plugin directory (works on 0.7 and later):
--   nvim --headless -u NONE -i NONE --cmd 'set rtp^=editors/neovim' \
--     -c 'filetype plugin on' -c 'luafile editors/neovim/test/smoke.lua'
-- Environment: COOKIES_EXAMPLE (a .cookies file), COOKIEC (the cookiec
-- binary, optional: without it the attach check is skipped and said so).
local passed, failed, skipped = 0, 0, 0
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    print('ok: ' .. name)
  else
    failed = failed + 1
    print('FAIL: ' .. name .. (detail and (': ' .. tostring(detail)) or ''))
  end
end

local example = assert(os.getenv('COOKIES_EXAMPLE'), 'COOKIES_EXAMPLE not set')
local cookiec = os.getenv('COOKIEC')

-- Capture notifications (the missing-binary warning).
local notes = {}
vim.notify = function(msg)
  table.insert(notes, msg)
end

-- 1. Missing binary: a clear warning, no error.
local cookies = require('cookies')
cookies.setup({ cmd = { '/nonexistent/cookiec', 'lsp' }, treesitter = false })
vim.cmd('edit ' .. vim.fn.fnameescape(example))
check('filetype detected', vim.bo.filetype == 'cookies', vim.bo.filetype)
check('commentstring', vim.bo.commentstring == '# %s', vim.bo.commentstring)
check('2-space indentation', vim.bo.shiftwidth == 2 and vim.bo.expandtab, vim.bo.shiftwidth)
check(
  'missing cookiec is reported with an install hint',
  #notes == 1 and notes[1]:find('cargo install', 1, true) ~= nil and notes[1]:find('/nonexistent/cookiec', 1, true) ~= nil,
  notes[1]
)

-- 2. With the real binary: the client attaches to the buffer.
if cookiec and vim.fn.executable(cookiec) == 1 then
  vim.cmd('bwipeout!')
  cookies._warned = false
  cookies.setup({ cmd = { cookiec, 'lsp' }, treesitter = false })
  vim.cmd('edit ' .. vim.fn.fnameescape(example))
  local function clients()
    if vim.lsp.get_clients then
      return vim.lsp.get_clients({ bufnr = 0 })
    end
    return vim.lsp.buf_get_clients(0)
  end
  local attached = vim.wait(10000, function()
    for _, c in pairs(clients()) do
      if c.name == 'cookiec' and c.initialized ~= false and c.server_capabilities then
        return true
      end
    end
    return false
  end, 50)
  check('cookiec lsp attaches to the buffer (' .. (vim.lsp.start and 'vim.lsp.start' or 'start_client') .. ')', attached)
  for _, c in pairs(clients()) do
    c.stop()
  end

  -- Neovim 0.11+: lsp/cookiec.lua on the runtimepath, vim.lsp.enable.
  if vim.lsp.enable then
    vim.api.nvim_create_augroup('cookies_lsp', { clear = true })
    vim.wait(2000, function()
      return #clients() == 0
    end, 50)
    vim.cmd('bwipeout!')
    vim.env.PATH = vim.fn.fnamemodify(cookiec, ':h') .. ':' .. vim.env.PATH
    vim.lsp.enable('cookiec')
    vim.cmd('edit ' .. vim.fn.fnameescape(example))
    local enabled = vim.wait(10000, function()
      for _, c in pairs(clients()) do
        if c.name == 'cookiec' and c.server_capabilities then
          return true
        end
      end
      return false
    end, 50)
    check('vim.lsp.enable("cookiec") attaches through lsp/cookiec.lua', enabled)
    for _, c in pairs(clients()) do
      c.stop()
    end
  end
else
  skipped = skipped + 1
  print('skip: cookiec lsp attach (COOKIEC not built)')
end

print(('neovim: %d passed, %d failed, %d skipped'):format(passed, failed, skipped))
vim.cmd(failed == 0 and 'qall!' or 'cquit!')
