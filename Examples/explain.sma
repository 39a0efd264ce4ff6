# Derivations, step by step.
explain contribution 2024
explain contribution 2010        # the 4% cap binds
explain contribution 2021        # negotiated: 7.4% budget growth + 6.5% labour
explain contribution 2020        # frozen
explain contribution 1997        # dollar era: as published
explain growth 2021
explain project 2026 with growth 4.5%
explain project 2027..2028 under agreement 12 with cpi 6%
