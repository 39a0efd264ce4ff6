" sma: the file type of .sma files, whatever the order of `filetype on` and runtimepath
" (written by sma-generate; do not edit)
augroup sma_filetype
  autocmd!
  autocmd BufRead,BufNewFile *.sma set filetype=sma
  autocmd BufRead * if getline(1) =~# '^#!.*\<sma\>' | set filetype=sma | endif
augroup END
" Buffers opened before this plugin loaded (the files on vim's command line).
for s:b in getbufinfo({'bufloaded': 1})
  if s:b.name =~# '\.sma$' && getbufvar(s:b.bufnr, '&filetype') !=# 'sma'
    call setbufvar(s:b.bufnr, '&filetype', 'sma')
  endif
endfor
