-- Neovim 0.10+ headless test of the tree-sitter queries as Neovim runs them:
-- every query file parses with Neovim's predicates and directives, and the
-- assertions of grammar/tree-sitter-cookies/test/highlight/*.cookies
-- (`# <- capture`, `# ^ capture`) hold under Neovim's precedence (highest
-- priority, then the last pattern), which differs from the tree-sitter CLI.
-- Environment: COOKIES_HIGHLIGHT_TESTS (directory), and a 'runtimepath'
-- holding parser/cookies.so and this plugin's queries.
local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
  else
    failed = failed + 1
    print('FAIL: ' .. name .. (detail and (': ' .. tostring(detail)) or ''))
  end
end

local ok_lang, lang_err = pcall(vim.treesitter.language.add, 'cookies')
check('parser loads', ok_lang and lang_err ~= nil or ok_lang, lang_err)

for _, kind in ipairs({ 'highlights', 'folds', 'indents', 'locals' }) do
  local files = vim.treesitter.query.get_files('cookies', kind)
  check(kind .. '.scm found on runtimepath', #files >= 1)
  local ok, err = pcall(vim.treesitter.query.get, 'cookies', kind)
  check(kind .. '.scm parses in Neovim', ok and err ~= nil, err)
end

-- The capture Neovim shows at a position.
local function winner(bufnr, row, col)
  local best, best_prio, best_pattern
  for _, c in ipairs(vim.treesitter.get_captures_at_pos(bufnr, row, col)) do
    if c.capture:sub(1, 1) ~= '_' then
      local prio = tonumber(c.metadata and c.metadata.priority) or 100
      local pattern = c.pattern_id or 0
      if not best or prio > best_prio or (prio == best_prio and pattern >= best_pattern) then
        best, best_prio, best_pattern = c.capture, prio, pattern
      end
    end
  end
  return best
end

local dir = assert(os.getenv('COOKIES_HIGHLIGHT_TESTS'), 'COOKIES_HIGHLIGHT_TESTS not set')
local assertions = 0
for _, file in ipairs(vim.fn.glob(dir .. '/*.cookies', false, true)) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'cookies'
  vim.treesitter.get_parser(bufnr, 'cookies'):parse()
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local target -- last line that is not an assertion
  for i, line in ipairs(lines) do
    local row = i - 1
    local hash = line:find('#', 1, true)
    local arrow_col, arrow_name = line:match('^%s*()#%s*<%-%s*([%w._]+)%s*$')
    local caret_col, caret_name = line:match('^%s*#%s*()%^%s*([%w._]+)%s*$')
    if arrow_col and target then
      assertions = assertions + 1
      local got = winner(bufnr, target, arrow_col - 1)
      check(('%s:%d <- %s'):format(vim.fn.fnamemodify(file, ':t'), row + 1, arrow_name), got == arrow_name, got)
    elseif caret_col and target then
      assertions = assertions + 1
      local got = winner(bufnr, target, caret_col - 1)
      check(('%s:%d ^ %s'):format(vim.fn.fnamemodify(file, ':t'), row + 1, caret_name), got == caret_name, got)
    elseif not (hash and line:sub(1, hash - 1):match('^%s*$')) then
      target = row
    end
  end
end
check('highlight assertions found', assertions > 10, assertions)

print(('neovim highlights: %d passed, %d failed'):format(passed, failed))
vim.cmd(failed == 0 and 'qall!' or 'cquit!')
