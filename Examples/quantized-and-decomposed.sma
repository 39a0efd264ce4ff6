# Korean units written decomposed (NFD, as some systems store text) mean what they say.
1조 1833억 원
3억 5천만 원 in usd at 1,400
# A distribution with no spread draws its one rate quantized to 0.1 point, half away from
# zero, exactly as project takes it: -2.95% is -3.0%, 4.049% is 4.0%.
simulate 2027 with growth normal(-2.95%, 0%) trials 1 seed 1
project 2027 with growth -3.0%
simulate 2027 with growth normal(4.049%, 0%) trials 1 seed 1
project 2027 with growth 4.0%
# A spread so small that only the tie matters gives each side its share.
simulate 2027 with growth normal(2.05%, 0.0001%) trials 10000 seed 1
