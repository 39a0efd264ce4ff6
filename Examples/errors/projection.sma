project 2026 with growth 0.045
project 2026 with growth 4.5
project 2026
project 2026 with growth -150%
