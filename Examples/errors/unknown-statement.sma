contribtion 2021
agreemnt 11
projct 2026 with growth 4.5%
