# A define block never closed gives up its own statement at the end of the file; the lines
# after its first line still run (issue 24).
define cpi 2030 = 1% {
  source "a note"
contribution 2021
let a = contribution 2020 +
