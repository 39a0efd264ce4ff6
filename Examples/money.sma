# Every way of writing an amount gives the same exact money.
1조 1833억
1조 1,833억 원
11833억
1조1833억원
1.1833 trillion won
1183.3 billion won
KRW 1,183,300,000,000
₩1.1833T
1조 4,659억 2,600만 원
5천만 원
1조 5천억

# Dollars, for the dollar-era agreements (1991–2004)
$150 million
USD 150,000,000
150 million dollars
contribution 1991
contributions 2002..2006
