#!/usr/bin/env sma
# What if the 12th SMA's amount grew faster or slower than CPI?

let low = 2%
let mid = 3.5%
let high = 5%                       # the 12th SMA's cap

project 2027..2030 with growth low
project 2027..2030 with growth mid
project 2027..2030 with growth high

# The gap between the cap and a 2% path in 2030:
let capped = project 2030 with growth high
let slow = project 2030 with growth low
capped - slow
capped / slow - 1

# Had the 11th SMA's 2021 increase been only the budget growth (7.4%), without the 6.5% for
# labour, what would 2021 have been, and how much less is that?
let alt2021 = contribution 2020 * (1 + 7.4%)
alt2021
contribution 2021 - alt2021

# Compounding by hand: five years at 4.2%
(1 + 4.2%) ^ 5
contribution 2025 * (1 + 4.2%) ^ 5
