" *.cookies files are the cookie-policy language of cookiec. (Vimscript so
" that it works on every Neovim, and Vim, version.)
autocmd BufRead,BufNewFile *.cookies setfiletype cookies
