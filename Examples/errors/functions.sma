# Functions: arguments, unknown names, errors inside, and recursion.
let share(y) = contribution y / budget y
share(1, 2)
shar(2026)
share(1991)
let f(x) = f(x) + 1
f(1)
let share = 5
let g(a, a) = a
let x = 1
let x(y) = y
share
