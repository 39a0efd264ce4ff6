1.1833 trilion won
1억 1조
1.5 won
$1.234
$150 million won
