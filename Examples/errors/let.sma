let growth = 3%
let = 5
let x 5
