# The guided tour: its overview and every step.
tour
tour 2
tour 3
tour 4
tour 5
tour 6
tour 7
tour 8
tour 9
tour 10
tour 11
tour 12
tour 13
