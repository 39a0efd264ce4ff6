# Headings and notes come from values, never the text as typed (issue 24): a comment or a
# line break inside a statement does not reach the table or a note.
compare growth (1% + # a comment
  2%), growth 4% for 2027
project 2028 under agreement 12 with cpi -
  2.3%
