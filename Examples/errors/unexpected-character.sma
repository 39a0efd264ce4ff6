contribution 2021 != 5
contribution 2021 && 1
let s = 'x'
