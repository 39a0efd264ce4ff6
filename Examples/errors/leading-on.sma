# Messages that lead on: each says what to write instead.
contribution 2021 usd
agreement 0
let x = contribution 2021
x in usd
