# `unset` of what was never set or named.
unset cpi 2026
unset rate 2026
unset nothing_here
reset
