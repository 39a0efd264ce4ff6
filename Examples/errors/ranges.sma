contributions 1..99999999
contributions 2030..2020
project 2030 with growth 3% from 2031
project 2020 with growth 3% from 2021
