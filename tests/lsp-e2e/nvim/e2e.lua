-- Neovim headless end-to-end test of `cookiec lsp` (Neovim 0.7+: uses
-- vim.lsp.start_client, buf_attach_client and vim.diagnostic).
-- Run: COOKIEC_BIN=... nvim --headless --clean -u NONE -l? (see run.sh)
-- Prints "N passed, M failed" and exits non-zero on any failure.

local bin = assert(os.getenv("COOKIEC_BIN"), "COOKIEC_BIN not set")
local file = assert(os.getenv("COOKIES_FILE"), "COOKIES_FILE not set")

local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    io.stdout:write("ok   " .. name .. "\n")
  else
    failed = failed + 1
    io.stdout:write("FAIL " .. name .. (detail and (": " .. vim.inspect(detail)) or "") .. "\n")
  end
end

local function finish()
  io.stdout:write(string.format("nvim-e2e: %d passed, %d failed\n", passed, failed))
  vim.cmd(failed == 0 and "qall!" or "cquit! 1")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = "cookies"

local client_id = vim.lsp.start_client({
  name = "cookiec",
  cmd = { bin, "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
check("client started", client_id ~= nil)
if not client_id then return finish() end
vim.lsp.buf_attach_client(buf, client_id)
local client = vim.lsp.get_client_by_id(client_id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

-- The text a diagnostic covers (Neovim stores byte columns).
local function text_of(d)
  local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ""
  return line:sub(d.col + 1, d.end_col)
end

local function find_diag(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == code then return d end
  end
end

-- 1. Diagnostics of the broken file, with exact ranges after an emoji.
local got = vim.wait(20000, function() return find_diag("E208") ~= nil end, 50)
check("diagnostics published", got, vim.diagnostic.get(buf))
local e208, e206 = find_diag("E208"), find_diag("E206")
check("E208 covers the misspelt category", e208 and text_of(e208) == "essentail", e208)
check("E206 covers the bad enum value", e206 and text_of(e206) == "laxx", e206)

-- Position helper: the UTF-16 column of byte `col` on 0-based `row`.
local function pos(row, bytecol)
  local line = vim.api.nvim_buf_get_lines(buf, row, row + 1, false)[1] or ""
  local _, utf16 = vim.str_utfindex(line, bytecol)
  return { line = row, character = utf16 }
end

local function find(pattern)
  for row, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = line:find(pattern, 1, true)
    if s then return row - 1, s - 1 end
  end
end

local function request(method, params)
  local resp = client.request_sync(method, params, 10000, buf)
  return resp and resp.result, resp and resp.err
end

local function td() return { uri = vim.uri_from_bufnr(buf) } end

-- 2. Completion at several positions.
local function labels(row, col)
  local result = request("textDocument/completion", { textDocument = td(), position = pos(row, col) })
  local items = (result and result.items) or result or {}
  local set = {}
  for _, i in ipairs(items) do set[i.label] = true end
  return set
end
local row, col = find("same-site laxx")
local l = labels(row, col + #"same-site ")
check("completion after same-site offers lax", l["lax"] and l["strict"], l)
row, col = find("  lifetime")
l = labels(row, 2)
check("completion in a block offers missing fields", l["provider"] and not l["purpose"], l)
local last = vim.api.nvim_buf_line_count(buf)
vim.api.nvim_buf_set_lines(buf, last, last, false, { "" })
l = labels(last, 0)
check("completion at top level offers declarations and the catalog", l["cookie"] and l["_ga"] and l["__stripe_mid"], l)

-- 3. Hover.
row, col = find("7 days")
local hover = request("textDocument/hover", { textDocument = td(), position = pos(row, col + 2) })
check("hover normalises the lifetime", hover and hover.contents.value:find("604 800 s", 1, true), hover)

-- 4. Edit so the diagnostics clear (an edit through the buffer, as a user would).
row, col = find("essentail")
vim.api.nvim_buf_set_text(buf, row, col, row, col + #"essentail", { "essential" })
row, col = find("laxx")
vim.api.nvim_buf_set_text(buf, row, col, row, col + 4, { "lax" })
local cleared = vim.wait(20000, function()
  return find_diag("E208") == nil and find_diag("E206") == nil
end, 50)
check("diagnostics clear after the edit", got and cleared, vim.diagnostic.get(buf))

-- 5. Definition from the reference to the declaration.
row, col = find("  category essential")
local def = request("textDocument/definition", { textDocument = td(), position = pos(row, col + #"  category e") })
local loc = def and (def.range and def or def[1])
local decl_row = find("category essential {")
check("definition jumps to the declaration", loc and loc.range.start.line == decl_row, def)

-- 6. Rename, applied with Neovim's own workspace-edit code.
local edit = request("textDocument/rename", {
  textDocument = td(), position = pos(row, col + #"  category e"), newName = "necessary",
})
if edit then vim.lsp.util.apply_workspace_edit(edit, client.offset_encoding) end
check("rename renamed the declaration and the reference",
  find("category necessary {") ~= nil and find("  category necessary") ~= nil and find("essential") == nil, edit)

-- 7. Formatting, applied with Neovim's text-edit code.
row = find("  consent required")
vim.api.nvim_buf_set_lines(buf, row, row + 1, false, { "        consent     required" })
vim.wait(300)
local edits = request("textDocument/formatting", { textDocument = td(), options = { tabSize = 2, insertSpaces = true } })
if edits then vim.lsp.util.apply_text_edits(edits, buf, client.offset_encoding) end
check("formatting restores the canonical layout", find("  consent required") ~= nil and find("        consent") == nil, edits)

finish()
