# An unclosed bracket gives up its own statement, not the rest of the script (issue 24):
# the error names the bracket, a note says how many lines it swallowed, and the lines after
# it run on their own.
contribution (2021
contribution 2020
growth 2021
# A bracket closed on a later line is one statement, as before.
contribution (2019 +
  1)
