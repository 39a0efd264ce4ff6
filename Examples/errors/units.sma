contribution 2021 + 5%
let x = contribution 2025
x - 2%
x + 5
$5 + 5억
x * x
"text" + 1
