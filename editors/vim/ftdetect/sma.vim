" sma: .sma files and scripts that start with #!/usr/bin/env sma
autocmd BufRead,BufNewFile *.sma setfiletype sma
autocmd BufRead * if getline(1) =~# '^#!.*\<sma\>' | setfiletype sma | endif
