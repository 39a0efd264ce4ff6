# The record of the Korea–US Special Measures Agreements (SMA), written in sma itself.
#
# Every figure carries its source: a `source` clause with the source keys of the fact sheet
# (defined at the end of this file with their addresses) or the address itself.
# Amounts are as published: won amounts in 억 (100 million won), dollar-era amounts in dollars
# (dollar_era.tsv: the agreed figure, `figure stated`; what the agreement's rule gives, `figure
# rule`, to $0.1 million; or the white paper's chart value where neither can be had, `figure chart`).
# Print this record with `sma -e record`; load another one with `sma --record FILE`.

# ---------------------------------------------------------------------------------------
# The agreements (sources.md §1)
# ---------------------------------------------------------------------------------------

define agreement 1 {
  years 1991..1993
  signed 1991-01-25
  in force 1991-02-21
  base $150 million
  rule negotiated
  summary "amounts set year by year at the SCM: 1992 $180M, 1993 $220M"
  source "SPARK-1st, HK-1993, MND-DWP18, DONGA-2005, SEOUL-2014, SEOUL-1995b, HK-1992, HK-1994, MT-2019"
}

define agreement 2 {
  years 1994..1995
  base $260 million
  rule negotiated
  summary "1995 $300M (one third of USFK won-based costs)"
  source "HK-1993, SEOUL-1995a, HK-1994, MND-DWP18, SEOUL-1995b, MT-2019"
}

define agreement 3 {
  years 1996..1998
  signed 1995-11-24
  in force 1996-01-01
  base $330 million
  rule fixed 10%
  summary "+10% a year"
  source "PROM-3rd, HK-1995, MND-DWP18, SEOUL-2014, MT-2019"
}

define agreement 4 {
  years 1999..2001
  base $333 million
  rule index
  summary "previous year x (1 + real GNP growth + CPI); index wording differs by source"
  korea "Kim In-jong"
  source "DONGA-1998, HKI-1998b, MT-2019, HK-1998b"
}

define agreement 5 {
  years 2002..2004
  signed 2002-04-04
  base $490 million
  rule cpi lag 2 plus 8.8%
  summary "previous year x (1 + 8.8% + CPI of two years before)"
  source "HK-2001b, KBS-2001, HK-2002, MND-DWP18, MT-2019"
}

define agreement 6 {
  years 2005..2006
  signed 2005-06-09
  in force 2005-07-06
  base 6804억
  rule frozen
  summary "same lump sum both years"
  korea "Kim Sook"
  source "SEOUL-2005, DONGA-2005, HANI-2005, TIAS-05-706, DAILYNK-2005, MND-DWP18"
}

define agreement 7 {
  years 2007..2008
  base 7255억
  rule cpi lag 2
  summary "2008 = 2007 x (1 + CPI of 2006)"
  korea "Cho Tae-yong"
  us "Robert Loftis"
  source "KRNEWS21-2006, SED-2006, MND-DWP18, KTV-2006"
}

define agreement 8 {
  years 2009..2013
  signed 2009-01-15
  base 7600억
  rule cpi lag 2 cap 4%
  summary "previous year x (1 + CPI of two years before), capped at 4%"
  korea "Cho Byung-je"
  source "DONGA-2008, SBS-2008, MBN-2009a, MBN-2009b, MND-DWP18, MBN-2008"
}

define agreement 9 {
  years 2014..2018
  signed 2014-02-02
  in force 2014-06-18
  base 9200억
  rule cpi lag 2 cap 4%
  summary "previous year x (1 + CPI of two years before), capped at 4%"
  source "CRI-2014, MBN-2014, TIAS-14-618, ETODAY-2014, MONEYS-2014, NOCUT-2014"
}

define agreement 10 {
  years 2019..2019
  signed 2019-03-08
  in force 2019-04-05
  base 1조 389억
  rule negotiated
  summary "one year only"
  korea "Jang Won-sam"
  us "Timothy Betts"
  source "MOFA-10, KBMAEIL-2019, NEWSPIM-2019, SIMIN-2019, HK-2019b, YNA-2019, USEMB-2018"
}

define agreement 11 {
  years 2020..2025
  signed 2021-04-08
  in force 2021-09-01
  base 1조 389억
  rule budget lag 1
  summary "2020 frozen at 2019; 2021 +13.9% (7.4% budget growth + 6.5% labor); 2022-2025 previous year x (1 + previous year's defense budget growth, published to 0.1 point)"
  korea "Jeong Eun-bo"
  us "Donna Welton"
  source "PRIMEZ-22273, NEWSCJ-2021, NEWS1-2021, INVESTING-2021, PRIMEZ-2021, TF-2021, YTN-2021, FN-2021, ASIAE-2021, HK-2021b, CLICKN-2021, CARAVEL-2021, KUK-2021, KTV-2019, HK-2019c"
}

define agreement 12 {
  years 2026..2030
  signed 2024-11-04
  in force 2024-11-29
  base 1조 5192억
  rule cpi lag 2 cap 5%
  summary "2026 +8.3% negotiated; 2027-2030 previous year x (1 + CPI of two years before), capped at 5%"
  korea "Lee Tae-woo"
  us "Linda Specht"
  source "MOFA-12, KT-2024, ZUM-2024a, ZUM-2024b, NEWS1-2024d, NEWSIS-2024, KH-2024b"
}

# ---------------------------------------------------------------------------------------
# Yearly contributions, 1991–2026 (contributions.tsv). 2027–2030 are not published.
# ---------------------------------------------------------------------------------------

define contribution 1991 = $150 million {
  agreement 1
  equivalent 1073억
  basis negotiated
  figure stated
  note "USD-denominated agreement; first SMA year. 1073억 is the press won equivalent (implies ~715 won/$). Covered ~16.4% of USFK won-based costs (WBC)."
  note "the 2018 Defense White Paper (Chart 5-1) shows 1.5 x $100M (MND-DWP18)"
  source "MND 2018 Defense White Paper Chart 5-1 (https://mnd.go.kr/mnd_book/DefenseWhitePaper/2018/final(eng)/files/basic-html/page181.html); 1073억: https://donga.com/news/amp/all/20050426/8183585/1 ; http://2012.hani.co.kr/arti/politics/diplomacy/29431.html ; WBC share: https://seoul.co.kr/news/1995/09/27/19950927003005 ; DOLLAR-ERA"
}

define contribution 1992 = $180 million {
  agreement 1
  basis negotiated
  figure stated
  note "USD; stepwise annual increases decided at SCM toward ~1/3 of USFK won-based costs by 1995."
  note "the 2018 Defense White Paper (Chart 5-1) shows 1.8 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://www.hankyung.com/politics/article/1994080801481 ; DOLLAR-ERA"
}

define contribution 1993 = $220 million {
  agreement 1
  basis negotiated
  figure stated
  note "USD; +22% (+$40M) over 1992."
  note "the 2018 Defense White Paper (Chart 5-1) shows 2.2 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://www.hankyung.com/article/1992072201711 ; https://www.seoul.co.kr/news/1995/03/06/19950306001005 ; DOLLAR-ERA"
}

define contribution 1994 = $260 million {
  agreement 2
  equivalent 2080억
  basis negotiated
  figure stated
  note "USD; +18% over 1993; amount set at 1993 SCM. 2080억 = press won equivalent."
  note "the 2018 Defense White Paper (Chart 5-1) shows 2.6 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://www.hankyung.com/politics/article/1994080801481 ; https://www.seoul.co.kr/news/1995/03/06/19950306001005 ; 2080억: http://2012.hani.co.kr/arti/politics/diplomacy/29431.html ; DOLLAR-ERA"
}

define contribution 1995 = $300 million {
  agreement 2
  equivalent 2400억
  basis negotiated
  figure stated
  note "USD; reached the $300M target (32.2% of USFK WBC). 2400억 = press won equivalent."
  note "the 2018 Defense White Paper (Chart 5-1) shows 3.0 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://seoul.co.kr/news/1995/09/27/19950927003005 ; 2400억: https://donga.com/news/amp/all/20050426/8183585/1 ; DOLLAR-ERA"
}

define contribution 1996 = $330 million {
  agreement 3
  basis negotiated
  figure stated
  note "USD; the 3rd SMA's first year. Its rule: +10% per year for 1996-1998 (agreed at the 27th SCM, Nov 1995)."
  note "the 2018 Defense White Paper (Chart 5-1) shows 3.3 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://hankyung.com/amp/1995110301061 ; https://www1.seoul.co.kr/news/politics/diplomacy/2014/01/13/20140113004005 ; DOLLAR-ERA"
}

define contribution 1997 = $363 million {
  agreement 3
  equivalent 3449억
  basis rule
  figure rule
  note "330 x 1.10 = 363.0: the 3rd SMA's +10% a year. The press won equivalent 3449억 / 363 = 950 won/$, the year's average (about 951)."
  note "the 2018 Defense White Paper (Chart 5-1) shows 3.6 x $100M: 363 cut to one decimal of $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; rule: https://hankyung.com/amp/1995110301061 ; 3449억: http://2012.hani.co.kr/arti/politics/diplomacy/29431.html ; DOLLAR-ERA"
}

define contribution 1998 = $399.3 million {
  agreement 3
  basis rule
  figure rule
  note "363 x 1.10 = 399.3: the 3rd SMA's +10% a year; the press reported $399M. After the 1997 crisis the labour part ($224M) was paid in won at a fixed 907.6 won/$, and 1998 was later readjusted to about $314M (the base of 1999's +6%)."
  note "the 2018 Defense White Paper (Chart 5-1) shows 3.9 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; $399M: https://www.hankyung.com/article/1997121000061 , https://www.seoul.co.kr/news/1998/01/23/19980123002008 , https://hankyung.com/amp/1998061900871 ; 907.6 won/$: https://www.hankookilbo.com/News/Read/199806200042452744 ; adjustment: https://www1.seoul.co.kr/news/politics/diplomacy/2014/01/13/20140113004005 ; DOLLAR-ERA"
}

define contribution 1999 = $333 million {
  agreement 4
  basis negotiated
  figure stated
  rate 6%
  note "the 4th SMA's first year: +6% on the readjusted 1998 base (about 314 x 1.06 = 332.8); paid as 2575억 + $141.2M; $40M of construction deferred to 2000."
  note "the 2018 Defense White Paper (Chart 5-1) shows 3.3 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://www.donga.com/news/Inter/article/all/19981222/7406345/1 ; https://www.hankookilbo.com/News/Read/199812230047088334 ; https://hankyung.com/amp/1998122201081 ; DOLLAR-ERA"
}

define contribution 2000 = $390 million {
  agreement 4
  equivalent 4557억
  basis rule
  figure chart
  note "4th SMA rule for 2000-2001: previous year x (1 + real GNP/GDP growth + CPI); sources word the index differently and its inputs are not sourced, so the white paper's rounded figure stands and the year is not checked. 4557억 = press won equivalent."
  note "the 2018 Defense White Paper (Chart 5-1) shows 3.9 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; rule: https://www.hankookilbo.com/News/Read/199812230047088334 ; https://news.zum.com/articles/56404698 ; 4557억: https://donga.com/news/amp/all/20050426/8183585/1 ; DOLLAR-ERA"
}

define contribution 2001 = $440 million {
  agreement 4
  basis rule
  figure chart
  note "the same rule as 2000, not checkable for the same reason; 2002 = 490 / 1.104 implies about $444M; a 2001 press report said about $420M was actually used."
  note "the 2018 Defense White Paper (Chart 5-1) shows 4.4 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://www.hankyung.com/economy/article/2001090959021 ; DOLLAR-ERA"
}

define contribution 2002 = $490 million {
  agreement 5
  equivalent 6100억
  basis negotiated
  figure stated
  rate 10.4%
  note "the SCM figure (+10.4%), about 6100억 at 1245 won/$, paid as $58.8M + 5368억. Only 490 reproduces the 5th SMA's 2003 and 2004 by its rule."
  note "the 2018 Defense White Paper (Chart 5-1) shows 4.7 x $100M: it converts the won part at about 1300 won/$ (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://hankyung.com/article/2001111613371 ; http://news.kbs.co.kr/news/NewsView.do?SEARCH_NEWS_CODE=261361 ; https://www.hankyung.com/politics/article/2002040468648 ; DOLLAR-ERA"
}

define contribution 2003 = $553.2 million {
  agreement 5
  equivalent 6686억
  basis rule
  figure rule
  note "490 x (1 + 8.8% + 4.1%) = 553.21: the 5th SMA's previous year x (1 + 8.8% + CPI of two years before), 2001 CPI 4.1%. 88% paid in won. 6686억 = press won equivalent."
  note "the 2018 Defense White Paper (Chart 5-1) shows 5.5 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; rule: https://www.hankyung.com/politics/article/2002040468648 ; 6686억: https://donga.com/news/amp/all/20050426/8183585/1 , http://2012.hani.co.kr/arti/politics/diplomacy/29431.html ; DOLLAR-ERA"
}

define contribution 2004 = $617.4 million {
  agreement 5
  equivalent 7469억
  basis rule
  figure rule
  note "553.2 x (1 + 8.8% + 2.8%) = 617.4: the same rule, 2002 CPI 2.8%. Paid as 6601억 + $72.3M (about 868억 at about 1200 won/$), 7469억 in total."
  note "the 2018 Defense White Paper (Chart 5-1) shows 6.2 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://donga.com/news/amp/all/20050426/8183585/1 ; http://2012.hani.co.kr/arti/politics/diplomacy/29431.html ; DOLLAR-ERA"
}

define contribution 2005 = 6804억 {
  agreement 6
  basis negotiated
  rate -8.9%
  note "All in won from 2005. 8.9% lower than 2004; a two-year lump sum."
  source "MND 2018 DWP Chart 5-1; https://donga.com/news/amp/all/20050426/8183585/1 ; http://2012.hani.co.kr/arti/politics/diplomacy/29431.html"
}

define contribution 2006 = 6804억 {
  agreement 6
  basis frozen
  note "Same amount as 2005 (the lump sum covers two years)."
  source "MND 2018 DWP Chart 5-1; http://2012.hani.co.kr/arti/politics/diplomacy/29431.html"
}

define contribution 2007 = 7255억 {
  agreement 7
  basis negotiated
  rate 6.6%
  note "Negotiated +6.6% (+451억)."
  source "MND 2018 DWP Chart 5-1; http://www.krnews21.co.kr/news/view.php?idx=17160&key_idx=19 ; https://m.sedaily.com/NewsView/1HLSDLLMFD"
}

define contribution 2008 = 7415억 {
  agreement 7
  basis rule
  note "2007 x (1 + 2006 CPI 2.2%) = 7414.6, rounds to 7415 (reproduced exactly)."
  source "MND 2018 DWP Chart 5-1; https://donga.com/news/Politics/article/all/20081122/8661285/1"
}

define contribution 2009 = 7600억 {
  agreement 8
  basis rule
  note "8th SMA rule: previous year x (1 + CPI of the year before the previous year), 4% cap. 7415 x 1.025 (2007 CPI) = 7600.4, rounds to 7600 (exact)."
  source "MND 2018 DWP Chart 5-1; https://www.mbn.co.kr/news/politics/402568 ; https://news.sbs.co.kr/news/endPagePrintPopup.do?news_id=N1000519760"
}

define contribution 2010 = 7904억 {
  agreement 8
  basis rule
  note "2008 CPI was 4.7%, capped at 4%: 7600 x 1.04 = 7904 (exact)."
  source "MND 2018 DWP Chart 5-1; https://mbiz.heraldcorp.com/military/view.php?ud=20170206000409"
}

define contribution 2011 = 8125억 {
  agreement 8
  basis rule
  note "7904 x 1.028 (2009 CPI) = 8125.3, rounds to 8125 (exact)."
  source "MND 2018 DWP Chart 5-1; https://mapp.nocutnews.co.kr/news/amp/1073085"
}

define contribution 2012 = 8361억 {
  agreement 8
  basis rule
  note "8125 x 1.029 (2010 CPI 2.9%) = 8360.6, rounds to 8361 (exact). Using 3.0% would give 8369."
  source "MND 2018 DWP Chart 5-1"
}

define contribution 2013 = 8695억 {
  agreement 8
  basis rule
  note "8361 x 1.040 (2011 CPI) = 8695.4, rounds to 8695 (exact)."
  source "MND 2018 DWP Chart 5-1; https://mbn.co.kr/news/politics/1615533 ; https://mapp.nocutnews.co.kr/news/amp/1073085"
}

define contribution 2014 = 9200억 {
  agreement 9
  basis negotiated
  rate 5.8%
  note "Negotiated lump sum (+5.8%); 8695 x 1.058 = 9199.3, so 5.8% is only a description."
  source "MND 2018 DWP Chart 5-1; https://www.moneys.co.kr/article/2014011210508035127 ; https://mbn.co.kr/news/politics/1615533"
}

define contribution 2015 = 9320억 {
  agreement 9
  basis rule
  note "9th SMA rule: previous year x (1 + CPI of the year before the previous year), 4% cap. 9200 x 1.013 (2013 CPI) = 9319.6, rounds to 9320 (exact)."
  source "MND 2018 DWP Chart 5-1; https://www.europeanaffairs.it/blog/tag/sma/"
}

define contribution 2016 = 9441억 {
  agreement 9
  basis rule
  note "9320 x 1.013 (2014 CPI) = 9441.2, rounds to 9441 (exact). The previous year's CPI (0.7%) would give 9385."
  source "MND 2018 DWP Chart 5-1; https://mbiz.heraldcorp.com/military/view.php?ud=20170206000409"
}

define contribution 2017 = 9507억 {
  agreement 9
  basis rule
  note "9441 x 1.007 (2015 CPI) = 9507.1, rounds to 9507 (exact)."
  source "MND 2018 DWP Chart 5-1"
}

define contribution 2018 = 9602억 {
  agreement 9
  basis rule
  note "9507 x 1.010 (2016 CPI) = 9602.1, rounds to 9602 (exact)."
  source "MND 2018 DWP Chart 5-1; https://hankyung.com/amp/201902116000Y"
}

define contribution 2019 = 1조 389억 {
  agreement 10
  basis negotiated
  rate 8.2%
  note "One-year lump sum (+8.2%, +787억). 9602 x 1.082 = 10389.4, rounds to 10389; 8.2% equals the 2019 defense budget growth."
  source "https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=368990 ; http://www.kbmaeil.com/news/articleView.html?idxno=805415 ; https://hankyung.com/article/201904055541Y"
}

define contribution 2020 = 1조 389억 {
  agreement 11
  basis frozen
  note "Frozen at the 2019 level. 2020 had no agreement in force; the 11th SMA (2021) covers it retroactively."
  source "https://kr.investing.com/news/general/article-599788 ; https://siouxcityjournal.com/news/national/govt-and-politics/seoul-agrees-to-pay-more-for-hosting-american-troops-in-2021/article_3ec4e89d-7652-5e67-94bd-22fa8e165ab2.html"
}

define contribution 2021 = 1조 1833억 {
  agreement 11
  basis negotiated
  rate 13.9%
  part 7.4% "defense-budget growth of 2020"
  part 6.5% "Korean workers' labour cost increase"
  note "+13.9% = 2020 defense budget growth 7.4% + Korean-worker labor increase 6.5% (added together). 10389 x 1.139 = 11833.1 (exact)."
  source "https://www.fnnews.com/ampNews/202109011144538851 ; https://www.asiae.co.kr/article/2021090111380528221 ; http://clicknnews.com/bbs/board.php?bo_table=free&page=328&wr_id=4116 ; https://m.mbn.co.kr/news/politics/4445600"
}

define contribution 2022 = 1조 2472억 {
  agreement 11
  basis rule
  note "11th SMA rule: previous year x (1 + previous year's defense budget growth, rounded to 0.1%p). 11833 x 1.054 = 12472.0 (exact)."
  source "https://kuk.kode.co.kr/article/list/@jerald?page=31 ; rate: https://kr.investing.com/news/general/article-599788"
}

define contribution 2023 = 1조 2896억 {
  agreement 11
  basis rule
  note "12472 x 1.034 (2022 defense budget growth) = 12896.05, rounds to 12896 (exact). No press source for this exact figure was found; it is also forced by 2022 and 2025 under the rule."
  source "derived by the rule from the MND budget table; http://www.mnd.go.kr/mbshome/mbs/mnd/subview.jsp?id=mnd_010401020000"
}

define contribution 2024 = 1조 3463억 {
  agreement 11
  basis rule
  note "12896 x 1.044 (2023 defense budget growth) = 13463.4, rounds to 13463 (exact). No press source for this exact figure was found; it is also forced by 2025 under the rule."
  source "derived by the rule from the MND budget table; http://www.mnd.go.kr/mbshome/mbs/mnd/subview.jsp?id=mnd_010401020000"
}

define contribution 2025 = 1조 4028억 {
  agreement 11
  basis rule
  note "13463 x 1.042 (2024 defense budget growth) = 14028.4, rounds to 14028 (exact)."
  source "https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=383636 ; http://news.zumst.com/articles/93628432 ; https://busan.fnnews.com/news/202410041646494697"
}

define contribution 2026 = 1조 5192억 {
  agreement 12
  basis negotiated
  rate 8.3%
  note "Negotiated +8.3% (5-year average growth 6.2% + more Korean workers + higher MND construction-management cost). 14028 x 1.083 = 15192.3 (exact)."
  source "https://deu-bonn.mofa.go.kr/www/brd/m_4078/view.do?page=1&seq=368685 ; https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=383636 ; http://news.zumst.com/articles/94804782"
}

# ---------------------------------------------------------------------------------------
# The 12th SMA's eight negotiation rounds, 2024 (rounds.tsv; sources.md §4)
# ---------------------------------------------------------------------------------------

define round 1 of agreement 12 {
  from 2024-04-23 to 2024-04-25
  city "Honolulu"
  source "NEWSIS-2024, HK-2024, KBSW-2024a"
}

define round 2 of agreement 12 {
  from 2024-05-21 to 2024-05-23
  city "Seoul"
  venue "Korea Institute for Defense Analyses (KIDA)"
  source "NEWSIS-2024, KVIBE-2024, NEWSBOX-2024"
}

define round 3 of agreement 12 {
  from 2024-06-10 to 2024-06-12
  city "Washington, D.C."
  note "one source says Jun 10-13"
  source "NEWSIS-2024, HK-2024, KH-2024b"
}

define round 4 of agreement 12 {
  from 2024-06-25 to 2024-06-27
  city "Seoul"
  venue "Korea Institute for Defense Analyses (KIDA), Dongdaemun-gu"
  source "HK-2024, IMBC-2024a, NEWSIS-2024"
}

define round 5 of agreement 12 {
  from 2024-07-10 to 2024-07-12
  city "Seoul"
  venue "Korea National Defense University Seoul Campus, Yongsan-gu"
  source "ASIAE-2024a, ASIAE-2024b, TELK-2024, KH-2024a"
}

define round 6 of agreement 12 {
  from 2024-08-12 to 2024-08-14
  city "Washington, D.C."
  source "NEWSIS-2024, KBSW-2024b, HONMALL-2024"
}

define round 7 of agreement 12 {
  from 2024-08-27 to 2024-08-29
  city "Seoul"
  source "NEWSIS-2024, TELK-2024"
}

define round 8 of agreement 12 {
  from 2024-09-25 to 2024-10-02
  city "Seoul"
  note "held Sep 25-27, extended Oct 1-2"
  source "NEWSIS-2024, IMBC-2024b, TELK-2024"
}

# ---------------------------------------------------------------------------------------
# Korean CPI growth, Statistics Korea annual average, as published to 0.1 point (cpi.tsv; §7)
# ---------------------------------------------------------------------------------------
define cpi 2001 = 4.1% { note "one source" source "NEWSPIM-2006" }
define cpi 2002 = 2.8% { note "one source" source "NEWSPIM-2006" }
define cpi 2003 = 3.5% { note "one source" source "NEWSPIM-2006" }
define cpi 2004 = 3.6% { note "one source" source "NEWSPIM-2006" }
define cpi 2005 = 2.8% { source "NEWSPIM-2006, HKI-2010" }
define cpi 2006 = 2.2% { source "NEWSPIM-2006, HKI-2010, ASIAE-2012" }
define cpi 2007 = 2.5% { source "DONGA-2008c, HKI-2010, ASIAE-2012" }
define cpi 2008 = 4.7% { source "SEOUL-2009, MT-2008, HKI-2010" }
define cpi 2009 = 2.8% { source "HKI-2010, ASIAE-2012" }
define cpi 2010 = 2.9% { note "the 2010=100 series later printed 3.0; only 2.9 reproduces the 2012 SMA amount" source "HKI-2010, DONGA-2016, ASIAE-2012, MAINICHI-2012" }
define cpi 2011 = 4.0% { source "WOWTV-2015, ETNEWS-2015, DONGA-2016" }
define cpi 2012 = 2.2% { source "ASIAE-2012, ETNEWS-2015, NEWSIS-2018" }
define cpi 2013 = 1.3% { source "NOCUT-2013b, ETNEWS-2015" }
define cpi 2014 = 1.3% { source "DONGA-2014, ETNEWS-2015" }
define cpi 2015 = 0.7% { source "WOWTV-2015, ETNEWS-2015" }
define cpi 2016 = 1.0% { source "DONGA-2016, NEWSIS-2018" }
define cpi 2017 = 1.9% { note "one source" source "NEWSIS-2018" }
define cpi 2018 = 1.5% { source "NEWSIS-2018, YNA-2019" }
define cpi 2019 = 0.4% { source "ND-2019, YTN-2019b, SED-2023" }
define cpi 2020 = 0.5% { source "SED-2023, IMBC-2024d" }
define cpi 2021 = 2.5% { source "NOCUT-2021, NEWSPIM-2024" }
define cpi 2022 = 5.1% { source "NTOMATO-2022, NEWSPIM-2024" }
define cpi 2023 = 3.6% { source "SED-2023, NEWSPIM-2024" }
define cpi 2024 = 2.3% { source "NEWSPIM-2024, IMBC-2024d" }
define cpi 2025 = 2.1% { source "KOREA-2025, DONGA-2025, ETODAY-2025" }

# ---------------------------------------------------------------------------------------
# Korea's original (not supplementary) defense budget and its published growth (§6)
# ---------------------------------------------------------------------------------------
define budget 2017 = 40조 3347억 { growth 4.0% note "original budget (not supplementary)" source "MND-BUDGET, KMIB-2019" }
define budget 2018 = 43조 1581억 { growth 7.0% source "MND-BUDGET, FN-2021b" }
define budget 2019 = 46조 6971억 { growth 8.2% source "MND-BUDGET, TONGIL-2018, YNA-2019" }
define budget 2020 = 50조 1527억 { growth 7.4% source "MND-BUDGET, KMIB-2019, FN-2021b" }
define budget 2021 = 52조 8401억 { growth 5.4% note "exact 5.358%; the 11th SMA used 5.4 for 2022" source "MND-BUDGET, MND-2021, KRTUBE-2020" }
define budget 2022 = 54조 6112억 { growth 3.4% note "exact 3.352%; used for 2023" source "MND-BUDGET, KIMA-2021, DAPA-2022" }
define budget 2023 = 57조 143억 { growth 4.4% note "used for 2024" source "MND-BUDGET, HAEB-2022, ND-2022" }
define budget 2024 = 59조 4244억 { growth 4.2% note "used for 2025" source "MND-BUDGET, DAUM-2023" }
define budget 2025 = 61조 2469억 { growth 3.1% note "rate computed (3.07%), official rate not seen" source "MND-BUDGET, KOOKBANG-2024, SEOUL-2025" }
define budget 2026 = 65조 8642억 { growth 7.5% source "MND-BUDGET, NEWSPIC-2025, WITHNEWS-2025" }

# ---------------------------------------------------------------------------------------
# Won per dollar, annual averages 1991–2025 (krw_usd.tsv). `series` says which series the figure
# is from: the Bank of Korea's where one was found, else the Federal Reserve's G.5A (FRED AEXKOUS).
# `fred` is FRED's figure for every year, the one consistent series.
# ---------------------------------------------------------------------------------------
define exchange 1991 = 736.73 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 736.73  note "1990 year-end 716.40"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 1992 = 784.66 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 784.66  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 1993 = 802.73 { series "BOK/Korean official: BOK '94 FX market trends' (prior-year figure); basis not stated"  fred 805.75  note "rrojasdatabank Table 6 (IFS-type) 802.7 agrees; FRED 3 won higher"  source "https://m.seoul.co.kr/news/1995/01/08/19950108001006 ; https://hankyung.com/article/1995010700621 ; https://m.seoul.co.kr/news/1995/01/08/19950108001006 ; https://hankyung.com/article/1995010700621" }
define exchange 1994 = 803.62 { series "BOK/Korean official: BOK '94 FX market trends'; basis not stated"  fred 806.93  note "rrojasdatabank 803.5 agrees; FRED 3.3 won higher; closing 30 Dec 1994 was 788.50"  source "https://m.seoul.co.kr/news/1995/01/08/19950108001006 ; https://hankyung.com/article/1995010700621 ; https://m.seoul.co.kr/news/1995/01/08/19950108001006 ; https://hankyung.com/article/1995010700621" }
define exchange 1995 = 772.69 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 772.69  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 1996 = 805.13 { series "BOK/Korean official: BOK '97 FX market trends' (prior-year figure); basis not stated"  fred 805.00  note "Hankook Ilbo prints '85.13' (typo) for the same figure; rrojasdatabank 804.5"  source "https://hankyung.com/article/1998012001091 ; https://hankyung.com/article/1998012001091" }
define exchange 1997 = 953.58 { series "BOK/Korean official: BOK '97 FX market trends'; basis not stated"  fred 953.19  note "rrojasdatabank 950.8 (2.8 below); basic rate in force on 31 Dec 1997 was 1415.20; basic rate for first 1998 days 1695.80 (https://www.hankyung.com/article/1998010100181)"  source "https://hankyung.com/article/1998012001091 ; https://www.hankookilbo.com/News/Read/199801210080183612 ; https://hankyung.com/article/1998012001091 ; https://www.hankookilbo.com/News/Read/199801210080183612" }
define exchange 1998 = 1394.97 { series "BOK/Korean official: avg of daily Seoul closing rates (as cited by BOK/SMB in 2025 news)"  fred 1400.40  note "CONFLICT: Yonhap 2025-12-30 says 1998 avg 1398.39; blog (ECOS daily avg) 1398.88; Japanese report 1394.90; FRED 1400.40"  source "https://www.donga.com/en/article/all/20251013/5896840/1 ; https://www.news1.kr/photos/7603112 ; https://kuk.kode.co.kr/article/list/kuk002001000 ; https://biz.chosun.com/en/en-policy/2025/12/30/2SW53AN6OBDJHCP3EUTZOZU3YI/?outputType=amp ; https://www.donga.com/en/article/all/20251013/5896840/1 ; https://www.news1.kr/photos/7603112 ; https://kuk.kode.co.kr/article/list/kuk002001000 ; https://biz.chosun.com/en/en-policy/2025/12/30/2SW53AN6OBDJHCP3EUTZOZU3YI/?outputType=amp" }
define exchange 1999 = 1189.84 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1189.84  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2000 = 1130.61 { series "BOK/Korean official: BOK '2001 FX market trends' (prior-year figure), closing basis"  fred 1130.90  note "KDB report (rounded) 1131; derived"  source "https://www.hankyung.com/finance/article/2002011543408 ; https://www.hankookilbo.com/News/Read/200201160074732157 ; https://www.hankyung.com/finance/article/2002011543408 ; https://www.hankookilbo.com/News/Read/200201160074732157" }
define exchange 2001 = 1290.83 { series "BOK/Korean official: BOK '2001 FX market trends', closing basis"  fred 1292.01  note "KDB rounded 1291; FRED 1.18 higher"  source "https://www.hankyung.com/finance/article/2002011543408 ; https://www.hankookilbo.com/News/Read/200201160074732157 ; https://www.hankyung.com/finance/article/2002011543408 ; https://www.hankookilbo.com/News/Read/200201160074732157" }
define exchange 2002 = 1250.31 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1250.31  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2003 = 1192.08 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1192.08  note "basic rate at end-2003: 1197.80"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2004 = 1145.24 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1145.24  note "basic rate 31 Dec 2004: 1043.80"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year) ; https://joongdo.co.kr/web/view.php?key=20050102000000438" }
define exchange 2005 = 1023.75 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1023.75  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2006 = 954.32 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 954.32  note "basic rate 29 Dec 2006: 929.60"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2007 = 928.97 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 928.97  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2008 = 1098.71 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1098.71  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2009 = 1276.3 { series "BOK/Korean official: BOK (quoted in 2016 FX market trends coverage)"  fred 1274.63  note "FRED 1.67 lower; derived"  source "http://www.ytn.co.kr/_ln/0102_201701191206053787 ; http://www.ytn.co.kr/_ln/0102_201701191206053787" }
define exchange 2010 = 1155.74 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1155.74  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year) ; https://www.hankyung.com/article/2011011774011" }
define exchange 2011 = 1106.94 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1106.94  note "derived, not printed"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year) ; http://biz.heraldcorp.com/view.php?ud=20130121000638" }
define exchange 2012 = 1126.8 { series "BOK/Korean official: BOK '2012 FX market trends'"  fred 1126.16  source "http://biz.heraldcorp.com/view.php?ud=20130121000638 ; http://biz.heraldcorp.com/view.php?ud=20130121000638" }
define exchange 2013 = 1094.67 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1094.67  note "derived; Ajunews misprints 2014 avg as 1,099.3 (that is the year-end rate); Ajunews gives it as 1099.3-43.9"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year) ; https://m.ajunews.com/view/20150120130025581" }
define exchange 2014 = 1053.1 { series "BOK/Korean official: BOK '2014 FX market trends'"  fred 1052.29  note "consistent with NSP: 2015 avg 1131.5 = +78.4"  source "http://viva100.com/article/201501213907313 ; http://viva100.com/article/201501213907313" }
define exchange 2015 = 1131.5 { series "BOK/Korean official: BOK '2015 FX market trends'"  fred 1130.96  source "https://amp.nspna.com/en/news/?mode=view&newsid=156167 ; https://amp.nspna.com/en/news/?mode=view&newsid=156167" }
define exchange 2016 = 1160.4 { series "BOK/Korean official: BOK '2016 FX market trends'"  fred 1159.34  note "FRED 1.06 lower"  source "http://www.ytn.co.kr/_ln/0102_201701191206053787 ; http://www.ytn.co.kr/_ln/0102_201701191206053787" }
define exchange 2017 = 1129.04 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1129.04  note "NSP News misreports this as the 2017 'average'"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2018 = 1100.59 { series "BOK/Korean official: BOK, avg of daily closing rates"  fred 1099.29  note "second article rounds to 1100.60; FRED 1.30 lower"  source "https://wowtv.co.kr/NewsCenter/News/Read?articleId=2021010185681 ; https://hankyung.com/article/202112305095i ; https://wowtv.co.kr/NewsCenter/News/Read?articleId=2021010185681 ; https://hankyung.com/article/202112305095i" }
define exchange 2019 = 1166.11 { series "BOK/Korean official: BOK, avg of daily closing rates"  fred 1165.80  note "second article rounds to 1166.10"  source "https://wowtv.co.kr/NewsCenter/News/Read?articleId=2021010185681 ; https://hankyung.com/article/202112305095i ; https://wowtv.co.kr/NewsCenter/News/Read?articleId=2021010185681 ; https://hankyung.com/article/202112305095i" }
define exchange 2020 = 1180.02 { series "BOK/Korean official: BOK, avg of daily closing rates (Jan 2-Dec 30)"  fred 1180.56  note "CONFLICT (small): later Hankyung articles give 1180.20"  source "https://wowtv.co.kr/NewsCenter/News/Read?articleId=2021010185681 ; https://wowtv.co.kr/NewsCenter/News/Read?articleId=2021010185681" }
define exchange 2021 = 1144.60 { series "BOK/Korean official: BOK, avg of daily closing rates (Jan 4-Dec 30)"  fred 1144.89  source "https://hankyung.com/article/2021123177641 ; https://hankyung.com/article/202112305095i ; https://hankyung.com/article/2021123177641 ; https://hankyung.com/article/202112305095i" }
define exchange 2022 = 1291.78 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1291.78  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year) ; https://kbthink.com/main/economy/market-analysis/weekly-market-forecast/2024/fx-forecast-240102.html" }
define exchange 2023 = 1306.76 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1306.76  note "a Nov-2023 blog's 1305.68 is a partial-year figure (to Nov 24), not used"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year) ; https://kbthink.com/main/economy/market-analysis/weekly-market-forecast/2024/fx-forecast-240102.html" }
define exchange 2024 = 1363.44 { series "FRED AEXKOUS (Fed Board G.5A: avg of daily NY noon buying rates)"  fred 1363.44  note "only BOK quarterly closing-basis avgs found (1329.40/1371.24/1358.35/1398.75, simple mean 1364.44, not an official annual figure)"  source "github:PrimeIntellect-ai/prime-tasks@2e05e21 datasets/pi-officeqa-pro-v2/documents/fred__aexkous.txt ; github:datasets/exchange-rates@fa7d949 data/annual.csv (both = https://fred.stlouisfed.org/series/AEXKOUS, identical for every year)" }
define exchange 2025 = 1422.16 { series "BOK/Korean official: avg of daily Seoul daytime (15:30) closing rates (Yonhap/BOK)"  fred 1421.40  note "SMB figure on same basis 1421.97 (kuk.kode.co.kr)"  source "https://m.newspic.kr/view.html?cp=w3Hru72p&nid=2025123017033792134&pn=214 ; https://www.news1.kr/photos/7680005 ; http://world.kbs.co.kr/service/news_view.htm?Seq_Code=198497&lang=e ; https://m.newspic.kr/view.html?cp=w3Hru72p&nid=2025123017033792134&pn=214 ; https://www.news1.kr/photos/7680005 ; http://world.kbs.co.kr/service/news_view.htm?Seq_Code=198497&lang=e" }

# ---------------------------------------------------------------------------------------
# What the money paid for, where the record has it (sources.md §5): labour (wages of Korean
# USFK employees), construction and logistics; `share` is the labour share where only it is known.
# `approximate` marks approximate figures.
# ---------------------------------------------------------------------------------------
define breakdown 1999 { labour 2130억  construction $80 million  logistics 460억  logistics $21 million  note "$333M in all, plus $40M CDIP; construction and part of logistics in dollars"  source "DONGA-1998, HKI-1998b" }
define breakdown 2013 { labour 3340억  construction 3850억  logistics 1505억  approximate  note "labour about 40%"  source "KMIB-2014" }
define breakdown 2015 { labour 3490억  construction 4148억  logistics 1682억  source "MND-DWP18-A17" }
define breakdown 2018 { labour 3710억  construction 4442억  logistics 1450억  source "MND-DWP18, HK-2019a, VIVA-2019" }
define breakdown 2019 { labour 5005억  construction 3710억  logistics 1674억  note "logistics inferred as the rest of the total"  source "NEWSIS-2021, HK-2021a" }
define breakdown 2021 { share 47.3%  approximate  note "labour share only (Rep. Yoon Hu-duk)"  source "HONMALL-2023" }
define breakdown 2023 { share 39.8%  approximate  note "labour share only; construction up 1452억 from 2021"  source "HONMALL-2023" }

# ---------------------------------------------------------------------------------------
# Source keys and their addresses (sources.md §9)
# ---------------------------------------------------------------------------------------
define source "MND-DWP18" = "MND 2018 Defense White Paper, p.181 (Charts 5-1 and 5-2). https://mnd.go.kr/mnd_book/DefenseWhitePaper/2018/final(eng)/files/basic-html/page181.html (also body(eng)/page181.html)"
define source "MND-DWP18-180" = "same white paper, p.180. https://mnd.go.kr/mnd_book/DefenseWhitePaper/2018/final(eng)/files/basic-html/page180.html"
define source "MND-DWP18-A17" = "same white paper, supplement Appendix 17. https://mnd.go.kr/mnd_book/DefenseWhitePaper/2018/suppl(eng)/files/basic-html/page80.html"
define source "MND-DWP20" = "MND 2020 Defence White Paper. https://mnd.go.kr/mnd_book/DefenseWhitePaper/2020/2020_eng_body/files/basic-html/page209.html and page210.html"
define source "MND-DWP20-KR" = "Korean edition, p.169. https://mnd.go.kr/mnd_book/DefenseWhitePaper/2020/01_2020_mnd_all/files/basic-html/page169.html"
define source "DOLLAR-ERA" = "The record's dollar_era.tsv: one consistent dollar figure per year for 1991-2004 (stated, by the agreement's rule, or the white paper's chart value), with the white paper's figure, the press won equivalent and the arithmetic that checks each (how_checked)."
define source "MND-BUDGET" = "MND, 국방예산 추이. http://www.mnd.go.kr/mbshome/mbs/mnd/subview.jsp?id=mnd_010401020000"
define source "MND-2021" = "MND press release on the 2021 defense budget. https://reform.mnd.go.kr/user/boardList.action?command=view&page=1&boardId=I_7650984&boardSeq=I_8430967&titleId=null&siteId=reform&id=reform_020100000000"
define source "MOFA-12" = "MOFA announcement of the 12th SMA (posted on the Bonn mission site). https://deu-bonn.mofa.go.kr/www/brd/m_4078/view.do?page=1&seq=368685"
define source "MOFA-12-SIGN" = "MOFA, 12th SMA signing. https://ind.mofa.go.kr/www/brd/m_4076/view.do?seq=371067"
define source "MOFA-10" = "MOFA press release of 2019-02-10. https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=368990"
define source "TIAS-05-706" = "https://www.state.gov/05-706"
define source "TIAS-14-618" = "https://www.state.gov/14-618"
define source "USEMB-2018" = "https://kr.usembassy.gov/ko/030518-statement-heather-nauert-spokesperson-u-s-republic-korea-special-measures-agreement-consultations-ko/"
define source "USEMB-2019" = "https://kr.usembassy.gov/ko/101819-korea-special-measures-agreement-negotiations-october-22-24-ko/"
define source "SPARK-1st" = "1st SMA text with dates. http://spark946.org/party/?tpf=board/view&board_code=3&code=18411"
define source "PROM-3rd" = "promulgation text of the 3rd SMA. https://leesiwoo.net/?p=3185"
define source "DONGA-2005" = "https://donga.com/news/amp/all/20050426/8183585/1"
define source "HANI-2005" = "http://2012.hani.co.kr/arti/politics/diplomacy/29431.html"
define source "SEOUL-2014" = "https://www1.seoul.co.kr/news/politics/diplomacy/2014/01/13/20140113004005"
define source "MT-2019" = "Money Today, \"28년史\". https://news.zum.com/articles/56404698"
define source "FN-2019" = "https://fnnews.com/ampNews/201911191744551507"
define source "HK-1989" = "https://hankyung.com/amp/1989071901131"
define source "HK-1992" = "https://www.hankyung.com/article/1992072201711"
define source "HK-1993" = "https://www.hankyung.com/news/article/1993110401241"
define source "HK-1994" = "https://www.hankyung.com/politics/article/1994080801481"
define source "SEOUL-1995a" = "https://www.seoul.co.kr/news/1995/03/06/19950306001005"
define source "SEOUL-1995b" = "https://seoul.co.kr/news/1995/09/27/19950927003005"
define source "HK-1995" = "https://hankyung.com/amp/1995110301061"
define source "HK-1997" = "https://www.hankyung.com/article/1997121000061"
define source "SEOUL-1998" = "https://www.seoul.co.kr/news/1998/01/23/19980123002008"
define source "HK-1998a" = "https://hankyung.com/amp/1998061900871"
define source "HKI-1998a" = "https://www.hankookilbo.com/News/Read/199806200042452744"
define source "DONGA-1998" = "https://www.donga.com/news/Inter/article/all/19981222/7406345/1"
define source "HKI-1998b" = "https://www.hankookilbo.com/News/Read/199812230047088334"
define source "HK-1998b" = "https://hankyung.com/amp/1998122201081"
define source "HK-2001a" = "https://www.hankyung.com/economy/article/2001090959021"
define source "HK-2001b" = "https://hankyung.com/article/2001111613371"
define source "KBS-2001" = "http://news.kbs.co.kr/news/NewsView.do?SEARCH_NEWS_CODE=261361"
define source "HK-2002" = "https://www.hankyung.com/politics/article/2002040468648"
define source "SEOUL-2005" = "https://www.seoul.co.kr/news/politics/2005/03/16/20050316002002"
define source "DAILYNK-2005" = "dailynk.com, \"한미 방위비분담금협정 9일 서명\""
define source "KRNEWS21-2006" = "http://www.krnews21.co.kr/news/view.php?idx=17160&key_idx=19"
define source "SED-2006" = "https://m.sedaily.com/NewsView/1HLSDLLMFD"
define source "KTV-2006" = "https://www.ktv.go.kr/program/home/PG1110775D/content/97539"
define source "DONGA-2008" = "https://donga.com/news/Politics/article/all/20081122/8661285/1"
define source "SBS-2008" = "https://news.sbs.co.kr/news/endPagePrintPopup.do?news_id=N1000519760"
define source "JOINS-2008" = "https://s.japanese.joins.com/JArticle/107664?sectcode=A20&servcode=A00"
define source "MBN-2008" = "https://www.mbn.co.kr/news/politics/388425"
define source "MBN-2009a" = "https://mbn.co.kr/news/politics/400385"
define source "MBN-2009b" = "https://www.mbn.co.kr/news/politics/402568"
define source "HERALD-2017" = "https://mbiz.heraldcorp.com/military/view.php?ud=20170206000409"
define source "NOCUT-2013" = "https://mapp.nocutnews.co.kr/news/amp/1073085"
define source "MBN-2014" = "https://mbn.co.kr/news/politics/1615533"
define source "MONEYS-2014" = "https://www.moneys.co.kr/article/2014011210508035127"
define source "CRI-2014" = "https://korean.cri.cn/1660/2014/02/03/1s208352.htm"
define source "ETODAY-2014" = "https://etoday.co.kr/news/view/939988"
define source "KMIB-2014" = "https://www.kmib.co.kr/article/view_amp.asp?arcid=0007929557"
define source "NOCUT-2014" = "https://nocutnews.co.kr/news/1165784"
define source "EUAFF" = "https://www.europeanaffairs.it/blog/tag/sma/"
define source "KH-2017" = "http://www.koreaherald.com/view.php?ud=20170501000554"
define source "MASRESS-2014" = "https://www.masress.com/elfagr/1499195"
define source "ILYO" = "https://ilyo.co.kr/?ac=article_view&entry_id=275926"
define source "HK-2019a" = "https://hankyung.com/amp/201902116000Y"
define source "VIVA-2019" = "http://viva100.com/article/201908094160597"
define source "KBMAEIL-2019" = "http://www.kbmaeil.com/news/articleView.html?idxno=805415"
define source "NEWSPIM-2019" = "https://newspim.com/news/view/20190308000787"
define source "HK-2019b" = "https://hankyung.com/article/201904055541Y"
define source "SIMIN-2019" = "http://www.siminsori.com/news/articleView.html?idxno=208980"
define source "YNA-2019" = "Yonhap AEN20190210002800315, quoted at https://dchan.qorigins.org/qresearch/res/5102539.html"
define source "KTV-2019" = "http://m.ktv.go.kr/program/again/view?program_id=PG2180013D&content_id=583561"
define source "HK-2019c" = "https://hankyung.com/article/201910246786Y"
define source "JAD-2020" = "https://koreajoongangdaily.joins.com/2020/02/17/politics/Korean-USFK-employees-to-request-SMA-covers-wages/3073926.html"
define source "YNA-2020" = "https://en.yna.co.kr/view/AEN20200603002651325"
define source "NEWSCJ-2021" = "http://www.newscj.com/news/articleView.html?idxno=835621"
define source "NEWS1-2021" = "https://m.news1.kr/photos/view/?4653723"
define source "INVESTING-2021" = "https://kr.investing.com/news/general/article-599788"
define source "CLICKN-2021" = "http://clicknnews.com/bbs/board.php?bo_table=free&page=328&wr_id=4116"
define source "MBN-2021" = "https://m.mbn.co.kr/news/politics/4445600"
define source "KUK-2021" = "https://kuk.kode.co.kr/article/list/@jerald?page=31"
define source "FIREN-2021a" = "http://firennews.com/bbs/board.php?bo_table=free&wr_id=5850"
define source "PRIMEZ-2021" = "http://primeznews.com/bbs/board.php?bo_table=free&page=347&wr_id=25239"
define source "PRIMEZ-22273" = "http://primeznews.com/bbs/board.php?bo_table=free&page=544&wr_id=22273"
define source "TF-2021" = "https://m.tf.co.kr/amp/photomovie/1853131.htm"
define source "YTN-2021" = "https://www.ytn.co.kr/_ln/0101_202104082221088281 (seen via a mirror page)"
define source "FN-2021" = "https://www.fnnews.com/ampNews/202109011144538851"
define source "ASIAE-2021" = "https://www.asiae.co.kr/article/2021090111380528221"
define source "HK-2021b" = "https://hankyung.com/amp/202109014063Y"
define source "HK-2021a" = "https://hankyung.com/article/202103105753Y"
define source "NEWSIS-2021" = "https://mobile.newsis.com/view_amp.html?ar_id=NISX20210310_0001366189"
define source "AP-2021" = "https://siouxcityjournal.com/news/national/govt-and-politics/seoul-agrees-to-pay-more-for-hosting-american-troops-in-2021/article_3ec4e89d-7652-5e67-94bd-22fa8e165ab2.html"
define source "CARAVEL-2021" = "https://thecaravelgu.com/blog/2021/3/15/south-korea-increases-payment-for-us-troop-presence"
define source "HONMALL-2023" = "https://honmall.net/?id=204177&pg=news_art"
define source "NEWSIS-2024" = "timeline table. https://newsis.com/view/NISX20241004_0002908729"
define source "HK-2024" = "https://hankyung.com/article/202406250783Y"
define source "IMBC-2024a" = "https://imnews.imbc.com/news/2024/politics/article/6611277_36432.html"
define source "KVIBE-2024" = "https://m.korean-vibe.com/news/amp.html?ncode=179552004611938"
define source "NEWSBOX-2024" = "https://newsbox.co.kr/contents/6678da369e3cf2af2b4a8be5"
define source "ASIAE-2024a" = "https://cm.asiae.co.kr/en/article/2024071216273718340 (this appears to be the article you supplied)"
define source "ASIAE-2024b" = "https://cm.asiae.co.kr/en/article/2024071216422734631"
define source "TELK-2024" = "https://telkdeep.com/korea-us-to-hold-8th-round-of-defense-cost-sharing-negotiations-in-seoul-from-25th-to-27th-sympathetic-media-newsis"
define source "KH-2024a" = "https://www.koreaherald.com/view.php?ud=20240708050714"
define source "KH-2024b" = "https://www.koreaherald.com/view.php?ud=20240608050022"
define source "KBSW-2024a" = "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=185131"
define source "KBSW-2024b" = "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=187228"
define source "HONMALL-2024" = "https://honmall.net/?id=121018&pg=news_art"
define source "IMBC-2024b" = "https://imnews.imbc.com/news/2024/politics/article/6641062_36431.html"
define source "NEWS1G-2024" = "https://news1global.com/world/view/423854/?amp=1"
define source "KT-2024" = "https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=383636"
define source "NEWS1-2024a" = "https://news1.kr/politics/diplomacy-defense/5558644"
define source "NEWS1-2024b" = "https://www.news1.kr/politics/diplomacy-defense/5559203"
define source "ZUM-2024a" = "MK. http://news.zumst.com/articles/93628432"
define source "FNB-2024" = "https://busan.fnnews.com/news/202410041646494697"
define source "HKI-2024" = "https://m.hankookilbo.com/News/Read/Amp/A2024100415300000609"
define source "DAUM-2024" = "https://v.daum.net/v/PhIObidzXz"
define source "WT-2024" = "https://weaponstechnology.news/2024-10-11-south-korea-spend-more-host-us-troops.html"
define source "NEWS1-2024c" = "https://news1.kr/amp/politics/diplomacy-defense/5589705"
define source "IMBC-2024c" = "https://imnews.imbc.com/news/2024/politics/article/6652861_36431.html"
define source "9PT-2024" = "https://9pt.com/?p=136742"
define source "YTN-2024" = "https://m.ytn.co.kr/news_view.amp.php?param=0101_202411131759238564"
define source "NEWS1-2024d" = "https://news1.kr/amp/politics/assembly/5614069"
define source "BREAK-2024" = "https://breaknews.com/1074646"
define source "ZUM-2024b" = "Newsis. http://news.zumst.com/articles/94804782"
define source "NEWS1-2024e" = "https://www.news1.kr/amp/diplomacy/defense-diplomacy/5616140"
define source "LIVEIN-2025" = "http://livein.co.kr/bbs/board.php?bo_table=n01&wr_id=203186"
define source "DEVD-2025" = "https://www.devdiscourse.com/article/law-order/3498168-south-korea-resolves-to-uphold-defense-cost-sharing-amid-us-tariff-pressure"
define source "KMIB-2019" = "https://www.kmib.co.kr/article/view_amp.asp?arcid=0013656246"
define source "TONGIL-2018" = "http://www.tongilnews.com/news/articleView.html?idxno=127154"
define source "KRTUBE-2020" = "https://krtube.net/view/aVRLffHvo5I.html"
define source "KIMA-2021" = "https://www.kima.re.kr/3.html?Table=ins_kima_newsletter&s=11&mode=view&uid=1182&page=1&section="
define source "FN-2021b" = "https://fnnews.com/news/202108310857034808"
define source "HAEB-2022" = "https://haebyeong.com/mndnews/730841?page=41"
define source "ND-2022" = "http://www.newdaily.co.kr/site/data/html/2022/12/26/2022122600127.html"
define source "DAUM-2023" = "https://v.daum.net/v/20231221181212943"
define source "KOOKBANG-2024" = "https://kookbang.dema.mil.kr/newsWeb/20241212/13/ATCE_CTGR_0010010000/view.do"
define source "NEWSPIC-2025" = "http://m.newspic.kr/summary.html?cp=D9uGm29b&nid=2025120320102279015&pn=491"
define source "WITHNEWS-2025" = "https://car.withnews.kr/military/national-defense-expenditure-increase-rate-hits-highest-in-7-years-in-2026"
define source "SEOUL-2025" = "https://www.seoul.co.kr/news/politics/diplomacy/2025/08/30/20250830500013"
define source "TONGIL-2024" = "http://www.tongilnews.com/news/articleView.html?idxno=211447"
define source "DAPA-2022" = "https://www.dapa.go.kr/dapa/na/ntt/selectNttInfo.do?bbsId=326&nttSn=42058&menuId=678"
define source "HK-2021c" = "https://hankyung.com/amp/2021091076471"
define source "NEWSPIM-2006" = "https://www.newspim.com/news/view/45578"
define source "HKI-2010" = "https://www.hankookilbo.com/News/Read/201012311176979970"
define source "ASIAE-2012" = "https://cm.asiae.co.kr/ampview.htm?no=2012123108365709661"
define source "MAINICHI-2012" = "https://mainichi05.blogspot.com/2012/12/222006.html"
define source "DONGA-2008c" = "https://www.donga.com/news/amp/all/20080101/8528750/1"
define source "SEOUL-2009" = "https://m.seoul.co.kr/news/economy/2009/01/01/20090101017010"
define source "MT-2008" = "https://m.mt.co.kr/renew/view.html?no=2008123114224911480"
define source "NOCUT-2013b" = "https://nocutnews.co.kr/news/1159440"
define source "DONGA-2014" = "https://www.donga.com/news/amp/all/20141231/68863293/1"
define source "ETNEWS-2015" = "https://etnews.com/20151231000273"
define source "WOWTV-2015" = "https://wowtv.co.kr/NewsCenter/News/Read?articleId=A201512310206"
define source "DONGA-2016" = "https://www.donga.com/news/amp/all/20161230/82109589/2"
define source "NEWSIS-2018" = "https://mobile.newsis.com/view_amp.html?ar_id=NISX20181230_0000516493"
define source "ND-2019" = "https://biz.newdaily.co.kr/site/data/html/2019/12/31/2019123100006.html"
define source "YTN-2019b" = "https://ytn.co.kr/_ln/0102_201912310800094045"
define source "NOCUT-2021" = "https://nocutnews.co.kr/news/5682285"
define source "NTOMATO-2022" = "https://newstomato.com/RealTime/RealTimeDetail.aspx?no=1169919"
define source "SED-2023" = "https://sedaily.com/NewsView/29YP7R1HVQ"
define source "NEWSPIM-2024" = "http://m.newspim.com/news/view/20241230000816"
define source "IMBC-2024d" = "https://news.imbc.com/news/2024/econo/article/6672321_36452.html"
define source "KOREA-2025" = "http://news.korea.com/newsView/2025123169545e230b7c8"
define source "DONGA-2025" = "https://www.donga.com/news/Economy/article/all/20251231/133067925/1"
define source "ETODAY-2025" = "https://www.etoday.co.kr/news/view/2541256"
define source "KBTHINK" = "https://kbthink.com/main/dictionarylist/dictionaryview.html?dictId=KED-00011725"
define source "firennews 5816" = "http://firennews.com/bbs/board.php?bo_table=free&wr_id=5816"
define source "biti" = "https://biti.tistory.com/entry/역대-정부별-국방예산-추이-2000-2021"
define source "theatlasnews" = "https://theatlasnews.co/brief/2024/06/09/south-korea-and-the-united-states-will-hold-third-round-of-cost-sharing-next-week/"
define source "ajunews" = "https://ajunews.com/view/20140918161334831"
define source "tissue.kr" = "https://tissue.kr/bbs/board.php?bo_table=100&page=1699&wr_id=25508"
