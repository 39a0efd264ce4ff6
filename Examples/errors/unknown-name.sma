let g = 4.5%
gg * 2
base
