simulate 2028 under agreement 12
simulate 2030 with growth normal(4%)
simulate 2030 with growth normal(4%, -1%)
simulate 2030 with growth uniform(6%, 2%)
simulate 2030 with growth normal(4%, 1%) trials 0
simulate 2030 with growth normal(4, 1)
simulate 2030 with growth historical(1980..1985)
simulate 2030
