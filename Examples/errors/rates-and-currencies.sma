# Every rate that enters a rule is above -100%, wherever it comes from (issue 24).
set cpi 2025 = -250%
project 2027 under agreement 12 with cpi -100%
simulate 2028 under agreement 12 with cpi -150% trials 10 seed 1
define cpi 2040 = -101%
# Won and dollars meet only through a conversion.
simulate 2030 under agreement 12 with cpi 2% trials 100 seed 1 above $1,250,000,000
# An amount is read exactly, then checked: this one is not a whole number of won.
12345678901234567890123456조 0.5원
