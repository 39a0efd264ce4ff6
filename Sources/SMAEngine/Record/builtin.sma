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
  signatories "Foreign Minister Gong Ro-myung and Ambassador James Laney"
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
  signatories "Foreign Minister Choi Sung-hong and Ambassador Thomas Hubbard"
  source "HK-2001b, KBS-2001, HK-2002, MND-DWP18, MT-2019, HK-2002"
}

define agreement 6 {
  years 2005..2006
  signed 2005-06-09
  in force 2005-07-06
  base 6804억
  rule frozen
  summary "same lump sum both years"
  source "SEOUL-2005, DONGA-2005, HANI-2005, TIAS-05-706, DAILYNK-2005, MND-DWP18"
}

define agreement 7 {
  years 2007..2008
  base 7255억
  rule cpi lag 2
  summary "2008 = 2007 x (1 + CPI of 2006)"
  source "KRNEWS21-2006, SED-2006, MND-DWP18, KTV-2006"
}

define agreement 8 {
  years 2009..2013
  signed 2009-01-15
  base 7600억
  rule cpi lag 2 cap 4%
  summary "previous year x (1 + CPI of two years before), capped at 4%"
  source "DONGA-2008, SBS-2008, MBN-2009a, MBN-2009b, MND-DWP18, MBN-2008"
}

define agreement 9 {
  years 2014..2018
  signed 2014-02-02
  in force 2014-06-18
  base 9200억
  rule cpi lag 2 cap 4%
  summary "previous year x (1 + CPI of two years before), capped at 4%"
  ratified 2014-04-16
  vote 131 for 26 against 35 abstaining of 192
  source "CRI-2014, MBN-2014, TIAS-14-618, ETODAY-2014, MONEYS-2014, NOCUT-2014, ETODAY-2014a, WOORITVNEWS-2014"
}

define agreement 10 {
  years 2019..2019
  signed 2019-03-08
  in force 2019-04-05
  base 1조 389억
  rule negotiated
  summary "one year only"
  initialed 2019-02-10
  ratified 2019-04-05
  vote 139 for 33 against 22 abstaining of 194
  source "MOFA-10, KBMAEIL-2019, NEWSPIM-2019, SIMIN-2019, HK-2019b, YNA-2019, USEMB-2018, MOFA-2018, FNNEWS-2019a, AJUNEWS-2019"
}

define agreement 11 {
  years 2020..2025
  signed 2021-04-08
  in force 2021-09-01
  base 1조 389억
  rule budget lag 1
  summary "2020 frozen at 2019; 2021 +13.9% (7.4% budget growth + 6.5% labor); 2022-2025 previous year x (1 + previous year's defense budget growth, published to 0.1 point)"
  initialed 2021-03-18
  signatories "1st Vice Foreign Minister Choi Jong-kun and chargé d'affaires Robert Rapson"
  ratified 2021-08-31
  source "PRIMEZ-22273, NEWSCJ-2021, NEWS1-2021, INVESTING-2021, PRIMEZ-2021, TF-2021, YTN-2021, FN-2021, ASIAE-2021, HK-2021b, CLICKN-2021, CARAVEL-2021, KUK-2021, KTV-2019, HK-2019c"
}

define agreement 12 {
  years 2026..2030
  signed 2024-11-04
  in force 2024-11-29
  base 1조 5192억
  rule cpi lag 2 cap 5%
  summary "2026 +8.3% negotiated; 2027-2030 previous year x (1 + CPI of two years before), capped at 5%"
  initialed 2024-10-03
  signatories "Foreign Minister Cho Tae-yul and Ambassador Philip Goldberg"
  ratified 2024-11-28
  vote 173 for 36 against 25 abstaining of 234
  source "MOFA-12, KT-2024, ZUM-2024a, ZUM-2024b, NEWS1-2024d, NEWSIS-2024, KH-2024b, NEWSPIC-2024, MOFA-12-SIGN"
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
  reported $399 million "the press, 1997-1998"
  paid $224 million at 907.6
  note "363 x 1.10 = 399.3: the 3rd SMA's +10% a year; the press reported $399M. After the 1997 crisis the labour part ($224M) was paid in won at a fixed 907.6 won/$, and 1998 was later readjusted to about $314M (the base of 1999's +6%)."
  note "the 2018 Defense White Paper (Chart 5-1) shows 3.9 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; $399M: https://www.hankyung.com/article/1997121000061 , https://www.seoul.co.kr/news/1998/01/23/19980123002008 , https://hankyung.com/amp/1998061900871 ; 907.6 won/$: https://www.hankookilbo.com/News/Read/199806200042452744 ; adjustment: https://www1.seoul.co.kr/news/politics/diplomacy/2014/01/13/20140113004005 ; DOLLAR-ERA"
}

define contribution 1999 = $333 million {
  agreement 4
  basis negotiated
  figure stated
  rate 6%
  paid 2575억
  paid $141.2 million at 1300
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
  reported $623 million "the press as $623M (Yonhap via Hankyung 2004-10-29 and Maeil 2005-02-23, Hankook Ilbo 2004-11-08): 6601억 + $72.3M at about 1,200 won/$ is about $622.4M"
  note "553.2 x (1 + 8.8% + 2.8%) = 617.4: the same rule, 2002 CPI 2.8%. Paid as 6601억 + $72.3M (about 868억 at about 1200 won/$), 7469억 in total."
  note "the 2018 Defense White Paper (Chart 5-1) shows 6.2 x $100M (MND-DWP18)"
  source "MND 2018 DWP Chart 5-1; https://donga.com/news/amp/all/20050426/8183585/1 ; http://2012.hani.co.kr/arti/politics/diplomacy/29431.html ; DOLLAR-ERA ; $623M: HANKYUNG-2004, HANKOOKILBO-2004, IMAEIL-2005"
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
  figure derived
  note "12472 x 1.034 (2022 defense budget growth) = 12896.05, rounds to 12896 (exact). No press source for this exact figure was found; it is also forced by 2022 and 2025 under the rule."
  source "derived by the rule from the MND budget table; http://www.mnd.go.kr/mbshome/mbs/mnd/subview.jsp?id=mnd_010401020000"
}

define contribution 2024 = 1조 3463억 {
  agreement 11
  basis rule
  figure derived
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
  korea "Lee Tae-woo"
  us "Linda Specht"
  format in-person
  source "NEWSIS-2024, HK-2024, KBSW-2024a"
}

define round 2 of agreement 12 {
  from 2024-05-21 to 2024-05-23
  city "Seoul"
  venue "Korea Institute for Defense Analyses (KIDA)"
  korea "Lee Tae-woo"
  us "Linda Specht"
  format in-person
  source "NEWSIS-2024, KVIBE-2024, NEWSBOX-2024"
}

define round 3 of agreement 12 {
  from 2024-06-10 to 2024-06-12
  city "Washington, D.C."
  note "one source says Jun 10-13"
  korea "Lee Tae-woo"
  us "Linda Specht"
  format in-person
  source "NEWSIS-2024, HK-2024, KH-2024b"
}

define round 4 of agreement 12 {
  from 2024-06-25 to 2024-06-27
  city "Seoul"
  venue "Korea Institute for Defense Analyses (KIDA), Dongdaemun-gu"
  korea "Lee Tae-woo"
  us "Linda Specht"
  format in-person
  source "HK-2024, IMBC-2024a, NEWSIS-2024"
}

define round 5 of agreement 12 {
  from 2024-07-10 to 2024-07-12
  city "Seoul"
  venue "Korea National Defense University Seoul Campus, Yongsan-gu"
  korea "Lee Tae-woo"
  us "Linda Specht"
  format in-person
  source "ASIAE-2024a, ASIAE-2024b, TELK-2024, KH-2024a"
}

define round 6 of agreement 12 {
  from 2024-08-12 to 2024-08-14
  city "Washington, D.C."
  korea "Lee Tae-woo"
  us "Linda Specht"
  format in-person
  source "NEWSIS-2024, KBSW-2024b, HONMALL-2024"
}

define round 7 of agreement 12 {
  from 2024-08-27 to 2024-08-29
  city "Seoul"
  korea "Lee Tae-woo"
  us "Linda Specht"
  format in-person
  source "NEWSIS-2024, TELK-2024"
}

define round 8 of agreement 12 {
  from 2024-09-25 to 2024-10-02
  city "Seoul"
  note "held Sep 25-27, extended Oct 1-2"
  korea "Lee Tae-woo"
  us "Linda Specht"
  format in-person
  source "NEWSIS-2024, IMBC-2024b, TELK-2024"
}

# ---------------------------------------------------------------------------------------
# Negotiation rounds of the 6th–11th SMAs (rounds_6_to_11.tsv). Where only the month is known
# the date is the month (YYYY-MM); `inferred` names what no source states; `sourcing` is the
# mark of checks-2026-12.md (C2 two sources agree, C1 one, INF inferred).
# ---------------------------------------------------------------------------------------

define round 1 of agreement 6 {
  from 2004-11-01 to 2004-11-02
  city "Washington, D.C."
  korea "Kim Sook"
  us "Robert Loftis"
  format high-level
  sourcing C2
  note "US asked +$77M by the 5th SMA formula; Korea asked a cut"
  source "HANKYUNG-2004, HANKOOKILBO-2004"
}

define round 2 of agreement 6 {
  from 2004-12-08 to 2004-12-09
  city "Seoul"
  korea "Kim Sook"
  us "Robert Loftis"
  format in-person
  sourcing C1
  note "Yonhap copy; says Korea's share then ~45%, US aim 75% like Japan"
  source "HANKYUNG-2004a"
}

define round 3 of agreement 6 {
  city "Seoul"
  korea "Kim Sook"
  us "Robert Loftis"
  format in-person
  sourcing INF
  inferred city
  note "2 days"
  note "date not given; sits between Dec 2004 and Feb 2005 (so likely Jan 2005)"
  source "CHETECUT-2005"
}

define round 4 of agreement 6 {
  from 2005-02-23 to 2005-02-24
  city "Washington, D.C."
  korea "Kim Sook"
  us "Robert Loftis"
  format in-person
  sourcing C2
  source "IMAEIL-2005, DONGA-2005a"
}

define round 5 of agreement 6 {
  from 2005-03-15 to 2005-03-15
  city "Seoul"
  venue "MOFAT, Sejong-ro"
  korea "Kim Sook"
  us "Robert Loftis"
  format in-person
  sourcing C2
  note "provisional deal; final 2005-04-26 after \"5차례의 분담금 협상\" (http://2012.hani.co.kr/arti/politics/diplomacy/29431.html)"
  source "SEOUL-2005, NK-2005"
}

define round 1 of agreement 7 {
  from 2006-05-22 to 2006-05-23
  city "Hawaii"
  korea "Cho Tae-yong"
  us "Robert Loftis"
  format in-person
  sourcing C2
  source "TODAYKOREA-2006, V561-2006"
}

define round 2 of agreement 7 {
  from 2006-06-29 to 2006-06-30
  city "Washington, D.C."
  korea "Cho Tae-yong"
  us "Robert Loftis"
  format in-person
  sourcing C1
  inferred month
  note "sourcing: partly inferred"
  note "month inferred"
  source "KTV-2006, V561-2006"
}

define round 3 of agreement 7 {
  from 2006-08
  city "Seoul"
  venue "MOFAT"
  korea "Cho Tae-yong"
  us "Robert Loftis"
  format in-person
  sourcing C2
  note "sourcing: month, city"
  note "days not found"
  source "V561-2006, MBN-2006, MBN-2006a"
}

define round 4 of agreement 7 {
  from 2006-10-10 to 2006-10-11
  city "Seoul"
  korea "Cho Tae-yong"
  us "Robert Loftis"
  format in-person
  sourcing C2
  source "KTV-2006a, V561-2006"
}

define round 5 of agreement 7 {
  from 2006-11
  city "Washington, D.C."
  korea "Cho Tae-yong"
  us "Robert Loftis"
  format in-person
  sourcing C1
  inferred month
  note "2 days"
  note "month inferred from \"last month Seoul 4th\""
  source "CHETECUT-2006"
}

define round 6 of agreement 7 {
  note "not found in the sources"
  note "concluded 2006-12-06"
  source "KRNEWS21-2006"
}

define round 1 of agreement 8 {
  from 2008-07-21
  city "Washington, D.C."
  korea "Cho Byung-je"
  us "Jackson McDonald"
  format high-level
  sourcing C1
  note "sourcing: date"
  note "US asked a 50% share"
  source "DAILYNK-2008, MBN-2008a"
}

define round 2 of agreement 8 {
  from 2008-07-28 to 2008-07-29
  city "Seoul"
  venue "MOFAT"
  korea "Cho Byung-je"
  us "Jackson McDonald"
  format in-person
  sourcing C2
  note "잭슨 맥도날드 국무부 방위비분담협상대사 (dailynk only)"
  source "DAILYNK-2008, MBN-2008b, MBN-2008c"
}

define round 3 of agreement 8 {
  from 2008-09
  city "Washington, D.C."
  korea "Cho Byung-je"
  us "Jackson McDonald"
  sourcing INF
  note "planned for late 2008-09"
  note "that it happened as planned is not confirmed"
  source "DAILYNK-2008, MBN-2008c"
}

define round 4 of agreement 8 {
  from 2008-11-19 to 2008-11-20
  city "Hawaii"
  sourcing C1
  inferred number
  note "a high-level meeting after the 3rd round; the sources do not number it"
  note "round number not stated"
  source "DONGA-2008"
}

define round 1 of agreement 9 {
  from 2013-07-02
  city "Washington, D.C."
  venue "State Department"
  korea "Hwang Joon-kook"
  us "Eric John"
  format high-level
  sourcing C2
  note "end date not stated"
  source "MBN-2013, GUKJENEWS-2013, NEWDAILY-2013"
}

define round 2 of agreement 9 {
  from 2013-07-24 to 2013-07-25
  city "Seoul"
  korea "Hwang Joon-kook"
  us "Eric John"
  format in-person
  sourcing C2
  source "GUKJENEWS-2013, SIMINILBO-2013"
}

define round 3 of agreement 9 {
  from 2013-08-22 to 2013-08-23
  city "Seoul"
  korea "Hwang Joon-kook"
  us "Eric John"
  format in-person
  sourcing C2
  source "SIMINILBO-2013, AJUNEWS-2013"
}

define round 4 of agreement 9 {
  from 2013-09-25 to 2013-09-26
  city "Washington, D.C."
  korea "Hwang Joon-kook"
  us "Eric John"
  format in-person
  sourcing C1
  note "ajunews 2013-09-17 previews it"
  source "WEB1-2013"
}

define round 5 of agreement 9 {
  from 2013-10-05
  city "near Seoul"
  korea "Hwang Joon-kook"
  us "Eric John"
  format small-group
  sourcing INF
  inferred number
  note "소인수), 5-6 per side"
  note "counting it as round 5 is inferred"
  source "WEB1-2013, NEWSSTORE-2013"
}

define round 6 of agreement 9 {
  from 2013-10-30 to 2013-10-31
  city "Seoul"
  korea "Hwang Joon-kook"
  us "Eric John"
  format in-person
  sourcing C2
  source "NEWSSTORE-2013, MBN-2013a"
}

define round 7 of agreement 9 {
  from 2013-11
  city "United States"
  korea "Hwang Joon-kook"
  us "Eric John"
  sourcing C1
  note "planned for mid-2013-11 (mid-November)"
  note "dates not found"
  source "MBN-2013a"
}

define round 8 of agreement 9 {
  from 2013-12-04
  city "Washington, D.C."
  korea "Hwang Joon-kook"
  us "Eric John"
  format small-group
  sourcing C1
  source "NEWDAILY-2013"
}

define round 9 of agreement 9 {
  from 2013-12-10 to 2013-12-17
  city "Seoul"
  korea "Hwang Joon-kook"
  us "Eric John"
  format open-ended
  sourcing C1
  note "\"끝장 협상\""
  source "WOORITVNEWS-2013"
}

define round 10 of agreement 9 {
  from 2014-01-09 to 2014-01-11
  city "Seoul"
  korea "Hwang Joon-kook"
  us "Eric John"
  format in-person
  sourcing C2
  inferred end
  note "sourcing: start), end INF"
  note "concluded, announced 2014-01-12 (https://nocutnews.co.kr/news/1165784); \"10라운드\" (https://korean.cri.cn/1660/2014/02/03/1s208352.htm)"
  source "NOCUTNEWS-2014, WOORITVNEWS-2013, PROLABOUR21-2014"
}

define round 1 of agreement 10 {
  from 2018-03-07 to 2018-03-09
  city "Honolulu"
  korea "Jang Won-sam"
  us "Timothy Betts"
  format high-level
  sourcing C2
  note "Betts: State Dept \"Senior Advisor for Security Negotiations and Agreements\""
  source "USEMB-2018, MBN-2018, SPNEWS-2018"
}

define round 2 of agreement 10 {
  from 2018-04-11 to 2018-04-12
  city "Jeju (Seogwipo)"
  venue "Jeju International Peace Center / Jeju Peace Institute"
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C2
  note "sourcing: dates); venue C1 each"
  note "US delegation toured Camp Humphreys 2018-04-10"
  source "AJUNEWS-2018, IJEJUTODAY-2018, MEDIAPEN-2018"
}

define round 3 of agreement 10 {
  from 2018-05-14 to 2018-05-15
  city "Washington, D.C."
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C2
  source "AJUNEWS-2018a, SPNEWS-2018, DAILY-2018"
}

define round 4 of agreement 10 {
  from 2018-06-26 to 2018-06-27
  city "Seoul"
  venue "Korea National Diplomatic Academy (국립외교원), Seocho-gu"
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C2
  note "sourcing: dates); venue C1"
  note "venue from a Yonhap photo caption"
  source "SPNEWS-2018, DAILY-2018, WIDEO-2018"
}

define round 5 of agreement 10 {
  from 2018-07-18 to 2018-07-19
  city "Seattle"
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C2
  source "DAILY-2018, SPNEWS-2018"
}

define round 6 of agreement 10 {
  from 2018-08-22 to 2018-08-23
  city "Seoul"
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C2
  source "DAILY-2018a, SPNEWS-2018"
}

define round 7 of agreement 10 {
  from 2018-09-19 to 2018-09-20
  city "Washington, D.C."
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C1
  source "SPNEWS-2018"
}

define round 8 of agreement 10 {
  from 2018-10-16 to 2018-10-19
  city "Seoul"
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C2
  note "extended"
  note "sourcing: start, city); end C1"
  source "SPNEWS-2018, IMBC-2018"
}

define round 9 of agreement 10 {
  from 2018-11-13 to 2018-11-16
  city "Honolulu"
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C2
  note "4 days"
  source "NEWSPIM-2018, IMBC-2018a, SPNEWS-2018"
}

define round 10 of agreement 10 {
  from 2018-12-11 to 2018-12-13
  city "Seoul"
  korea "Jang Won-sam"
  us "Timothy Betts"
  format in-person
  sourcing C2
  note "sourcing: start); end C1"
  note "then high-level/diplomatic channels; initialed 2019-02-10 after \"ten formal meetings\" (https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320383 ; http://fnnews.com/news/201902101455019490)"
  source "AJUNEWS-2018b, 211-2018"
}

define round 1 of agreement 11 {
  from 2019-09-24 to 2019-09-25
  city "Seoul"
  venue "Korea Institute for Defense Analyses (KIDA)"
  korea "Jang Won-sam"
  us "James DeHart"
  format in-person
  sourcing C2
  note "Jang Won-sam was outgoing"
  source "HKN114-2019, KTV-2019, WOWTV-2019"
}

define round 2 of agreement 11 {
  from 2019-10-23 to 2019-10-24
  city "Honolulu"
  korea "Jeong Eun-bo"
  us "James DeHart"
  format in-person
  sourcing C2
  note "US: ~$5bn framing"
  source "KMIB-2019a, FNNEWS-2019, HK-2019c"
}

define round 3 of agreement 11 {
  from 2019-11-18 to 2019-11-19
  city "Seoul"
  korea "Jeong Eun-bo"
  us "James DeHart"
  format in-person
  sourcing C2
  note "broken off"
  note "duration of the walk-out differs: 80 vs 90 minutes"
  source "DONGA-2019, HANKOOKILBO-2019, ZUMST-2019"
}

define round 4 of agreement 11 {
  from 2019-12-03 to 2019-12-04
  city "Washington, D.C."
  korea "Jeong Eun-bo"
  us "James DeHart"
  format in-person
  sourcing C2
  source "SPNEWS-2019, INEWSPEOPLE-2019, ASIATODAY-2019"
}

define round 5 of agreement 11 {
  from 2019-12-17 to 2019-12-18
  city "Seoul"
  venue "KIDA, Dongdaemun-gu"
  korea "Jeong Eun-bo"
  us "James DeHart"
  format in-person
  sourcing C2
  note "last round before the 10th SMA expired"
  source "SEOUL-2019, YNA-2019a, ASIATODAY-2019"
}

define round 6 of agreement 11 {
  from 2020-01-14 to 2020-01-15
  city "Washington, D.C."
  korea "Jeong Eun-bo"
  us "James DeHart"
  format in-person
  sourcing C2
  source "HAPPYVIL-2020, MBN-2020"
}

define round 7 of agreement 11 {
  from 2020-03-17 to 2020-03-19
  city "Los Angeles"
  korea "Jeong Eun-bo"
  us "James DeHart"
  format in-person
  sourcing C2
  note "extended 2→3 days"
  note "a ~13% offer was then rejected by Trump (https://ajunews.com/view/20200421083457119)"
  source "MBN-2020, IMG-2020, ARMORTHEMES-2020"
}

define round 8 of agreement 11 {
  from 2021-02-05 to 2021-02-05
  korea "Jeong Eun-bo"
  us "Donna Welton"
  format video
  sourcing C2
  note "held by video conference"
  note "first meeting under Biden"
  source "FIRENNEWS-2021, ENEWSS-2021, YNA-2021"
}

define round 9 of agreement 11 {
  from 2021-03-05 to 2021-03-07
  city "Washington, D.C."
  korea "Jeong Eun-bo"
  us "Donna Welton"
  format in-person
  sourcing C2
  note "agreement in principle 2021-03-07 (US time); initialed 2021-03-18 Seoul, Jeong and chargé Robert Rapson (http://news.tf.co.kr/read/photomovie/1848785.htm)"
  source "CPBC-2021, HANI-2021, ARIRANG-2021, YNA-2021a"
}

# ---------------------------------------------------------------------------------------
# Chief negotiators of the 6th–12th SMAs with their periods (negotiators.tsv)
# ---------------------------------------------------------------------------------------

define negotiator "Kim Sook" of agreement 6 {
  side korea
  role "MOFAT Director-General for North American Affairs, SMA ambassador"
  from 2004-11 to 2005-04
  sourcing C2
  source "HANKYUNG-2004"
}

define negotiator "Robert Loftis" of agreement 6 {
  side us
  role "State Department SMA ambassador"
  from 2004-11 to 2005-04
  sourcing C2
  source "HANKYUNG-2004, IMAEIL-2005, NK-2005"
}

define negotiator "Cho Tae-yong" of agreement 7 {
  side korea
  role "MOFAT Director-General for North American Affairs"
  from 2006-05 to 2006-12
  sourcing C2
  source "KTV-2006, TODAYKOREA-2006"
}

define negotiator "Robert Loftis" of agreement 7 {
  side us
  role "State Department SMA ambassador"
  from 2006-05 to 2006-12
  sourcing C2
  source "KTV-2006"
}

define negotiator "Cho Byung-je" of agreement 8 {
  side korea
  role "MOFAT chief representative for the SMA negotiation"
  from 2008-07 to 2008-12
  sourcing C2
  source "DAILYNK-2008, MBN-2008"
}

define negotiator "Jackson McDonald" of agreement 8 {
  side us
  role "State Department SMA negotiation ambassador"
  from 2008-07 to 2008-12
  sourcing C1
  source "DAILYNK-2008"
}

define negotiator "Hwang Joon-kook" of agreement 9 {
  side korea
  role "MOFA Ambassador for SMA negotiations"
  from 2013-07 to 2014-01
  sourcing C2
  source "MBN-2013, GUKJENEWS-2013, NOCUTNEWS-2014, KOREAHERALD-2013"
}

define negotiator "Eric John" of agreement 9 {
  side us
  role "State Department SMA negotiation ambassador"
  from 2013-07 to 2014-01
  sourcing C2
  source "MBN-2013, GUKJENEWS-2013"
}

define negotiator "Jang Won-sam" of agreement 10 {
  side korea
  role "SMA negotiation representative (named 2017-11; ambassador to Sri Lanka before)"
  from 2018-03 to 2019-02
  sourcing C2
  source "SEDAILY-2018, MOFA-2018"
}

define negotiator "Timothy Betts" of agreement 10 {
  side us
  role "State Department Senior Advisor for Security Negotiations and Agreements"
  from 2018-03 to 2019-02
  sourcing C2
  source "USEMB-2018, MOFA-2018"
}

define negotiator "Jang Won-sam" of agreement 11 {
  side korea
  role "led round 1 (outgoing)"
  from 2019-09 to 2019-09
  sourcing C2
  source "WOWTV-2019"
}

define negotiator "Jeong Eun-bo" of agreement 11 {
  side korea
  role "SMA negotiation representative"
  from 2019-10 to 2021-03
  sourcing C2
  source "MBN-2020, TF-2019"
}

define negotiator "James DeHart" of agreement 11 {
  side us
  role "State Department SMA negotiation representative"
  from 2019-09 to 2020-03
  sourcing C2
  source "WOWTV-2019, MBN-2020"
}

define negotiator "Donna Welton" of agreement 11 {
  side us
  role "State Department SMA negotiator"
  from 2021-02 to 2021-03
  sourcing C2
  source "FIRENNEWS-2021, HANI-2021"
}

define negotiator "Lee Tae-woo" of agreement 12 {
  side korea
  role "MOFA chief negotiator for defense cost-sharing"
  from 2024-04 to 2024-10
  sourcing C2
  source "ASIAE-2024a, NEWSIS-2024, KH-2024b"
}

define negotiator "Linda Specht" of agreement 12 {
  side us
  role "State Department Senior Advisor for Security Negotiations and Agreements"
  from 2024-04 to 2024-10
  sourcing C2
  source "ASIAE-2024a, NEWSIS-2024, KH-2024b"
}

# ---------------------------------------------------------------------------------------
# The timeline (events.tsv; checks-2026-12.md §2): initialing, votes, expiry, a broken-off
# round, the 2020 furlough, a rejected deal, statements and denials, the 2025 Joint Fact Sheet,
# the U.S. law's troop floor, and the publication of the index that sets the next amount.
# ---------------------------------------------------------------------------------------

define event 2014-04-16 {
  agreement 9
  kind ratified
  text "National Assembly consent to the 9th SMA: 192 present, 131 for, 26 against, 35 abstaining"
  sourcing C2
  source "ETODAY-2014a, WOORITVNEWS-2014"
}

define event 2019-02-10 {
  agreement 10
  kind initialed
  text "10th SMA initialed after ten formal meetings"
  sourcing C2
  source "MOFA-2018, FNNEWS-2019a"
}

define event 2019-04-05 {
  agreement 10
  kind ratified
  text "National Assembly consent to the 10th SMA: 194 present, 139 for, 33 against, 22 abstaining"
  sourcing C1
  source "AJUNEWS-2019"
}

define event 2019-11-19 {
  agreement 11
  kind walk-out
  text "3rd round broken off after 80-90 minutes (US framing about $5 billion)"
  sourcing C2
  source "DONGA-2019, HANKOOKILBO-2019"
}

define event 2019-12-31 {
  agreement 10
  kind expired
  text "The 10th SMA expired with no successor agreement"
  sourcing C2
  source "SEOUL-2019, YNA-2019a"
}

define event 2020-04-01 {
  agreement 11
  kind furlough
  text "About 4,000 of about 8,600 Korean USFK workers furloughed without pay"
  sourcing C2
  source "HANKYUNG-2020, AJUNEWS-2020, HANI-2020"
}

define event 2020-04-21 {
  agreement 11
  kind rejected
  text "A tentative deal of at least +13% (March 2020) reported rejected by President Trump"
  sourcing C2
  source "AJUNEWS-2020a, HANKYUNG-2020a"
}

define event 2020-06-15 {
  agreement 11
  kind furlough-end
  text "All furloughed workers back after the US accepted Korea paying 2020 labour costs first (over $200 million)"
  sourcing C2
  source "HANKYUNG-2020, AJUNEWS-2020"
}

define event 2021-03-07 {
  agreement 11
  kind agreement-in-principle
  text "Agreement in principle after the 9th round in Washington (US time)"
  sourcing C2
  source "HANI-2021, YNA-2021a"
}

define event 2021-03-18 {
  agreement 11
  kind initialed
  text "11th SMA initialed in Seoul by Jeong Eun-bo and chargé d'affaires Robert Rapson"
  sourcing C2
  source "TF-2019, PRIMEZ-2021"
}

define event 2024-10-15 {
  agreement 12
  kind statement
  text "Donald Trump, as a candidate: Korea would pay $10 billion a year, calling Korea a 'money machine'"
  sourcing C2
  source "JTBC-2024, INVEN-2024"
}

define event 2024-11-04 {
  agreement 12
  kind signed
  text "12th SMA signed by Foreign Minister Cho Tae-yul and Ambassador Philip Goldberg"
  sourcing C2
  source "MOFA-12-SIGN, IMBC-2024c"
}

define event 2024-11-28 {
  agreement 12
  kind ratified
  text "National Assembly consent to the 12th SMA: 234 present, 173 for, 36 against, 25 abstaining"
  sourcing C2
  source "NEWSPIC-2024, NEWS1-2024d, ZUM-2024b"
}

define event 2024-11-29 {
  agreement 12
  kind in-force
  text "12th SMA in force by exchange of notes"
  sourcing C1
  source "NEWS1-2024e"
}

define event 2025-05-12 {
  agreement 12
  kind denial
  text "Ministry of National Defense denies a report (Dong-A, 2025-05) that US officials sought to renegotiate the SMA"
  sourcing C2
  source "FNNEWS-2025, NEWS1-2025, MINZOKILBO-2025"
}

define event 2025-07-08 {
  agreement 12
  kind statement
  text "President Trump repeats that Korea should pay far more; Seoul says it will comply with the existing 2026-2030 SMA"
  sourcing C2
  source "TRT-2025, CNEWSLIVEENGLISH-2025"
}

define event 2025-11-14 {
  agreement 12
  kind joint-fact-sheet
  text "Korea-US Joint Fact Sheet: Korea plans $33 billion of comprehensive support for USFK and defense spending of 3.5% of GDP; Seoul says the SMA stays as it is"
  sourcing C2
  source "SBS-2025, YTN-2025, NEWSIS-2025"
}

define event 2025-12-17 {
  agreement 12
  kind us-law
  text "FY2026 NDAA passed: no funds to reduce USFK below 28,500 troops (House 312-112 on Dec 10, Senate 77-20 on Dec 17)"
  sourcing C2
  source "SBS-2025a, ASIAE-2025"
}

define event 2025-12-31 {
  agreement 12
  kind index
  text "2025 CPI growth published at 2.1% (index 116.61, 2020=100): the input of the 2027 amount"
  sourcing C2
  source "DONGA-2025, KOREA-2025"
}

# The sources of the rounds, negotiators and events, with the words they are cited for.
define source "HANKYUNG-2004" = "https://www.hankyung.com/article/2004102970418" { note "11월 1∼2일(현지 시간) 워싱턴D.C." note "방위비 협상대사인 김 숙 외교통상부 북미국장" note "로버트 로프티스 국무부 방위비 분담대사를 단장으로" }
define source "HANKOOKILBO-2004" = "https://www.hankookilbo.com/News/Read/200411080038329020" { note "지난 1~2일 진행된 협상" }
define source "HANKYUNG-2004a" = "https://hankyung.com/article/2004120745328" { note "8일부터 이틀간 서울에서 ... 제2차 고위급 협상" }
define source "CHETECUT-2005" = "http://www.chetecut.com/cheteZhuoJianFuYanYeQuanWenMianFeiDu422635/read_370.html" { note "KBS text mirror: \"어제와 오늘 이틀 동안 제3차 ... 고위급 회담\"; \"다음달 워싱턴에서 추가 협상\"" }
define source "IMAEIL-2005" = "https://m.imaeil.com/page/view/2005022308200234833" { note "제4차 ... 고위급 회담이 23∼24일(미국 현지시간) 워싱턴" }
define source "DONGA-2005a" = "https://www.donga.com/news/Politics/article/all/20050225/8163535/1" { note "Washington dateline, Kim Sook quoted" }
define source "NK-2005" = "https://nk.chosun.com/news/articleView.html?idxno=60493"
define source "TODAYKOREA-2006" = "http://www.todaykorea.co.kr/news/view.php?no=55" { note "22일부터 이틀 일정으로 미국 하와이" }
define source "V561-2006" = "http://v561.ndsoftnews.net/news/articleView.html?idxno=15975" { note "지난 5월 하와이" note "6월 워싱턴" note "8월 서울" }
define source "MBN-2006" = "https://www.mbn.co.kr/news/all/114916" { note "외교통상부 청사 ... 제3차 ... 마지막날" }
define source "MBN-2006a" = "https://www.mbn.co.kr/news/politics/114714"
define source "KTV-2006a" = "https://www.ktv.go.kr/content/view?content_id=88426" { note "10월 10일부터 이틀간 서울" }
define source "CHETECUT-2006" = "http://www.chetecut.com/cheteHeJiaRongJiangYan42210693/read_3099.html" { note "KBS text mirror: \"제5차 회의가 ... 이틀동안 미국 워싱턴\"; \"지난 달 서울에서 제4차\"" }
define source "DAILYNK-2008" = "https://www.dailynk.com/한미-방위비-분담-제2차-고위급-협의/" { note "1차 고위급 협의는 지난 7월 21일에 워싱턴" note "28일에서 29일까지 외교통상부" note "조병제 외교통상부 한미방위비분담협상 수석대표" note "잭슨 맥도날드 국무부 방위비분담협상대사" }
define source "MBN-2008a" = "https://www.mbn.co.kr/news/politics/371576" { note "Washington, no date" }
define source "MBN-2008b" = "https://www.mbn.co.kr/news/politics/378146"
define source "MBN-2008c" = "https://www.mbn.co.kr/news/politics/378180" { note "다음 달쯤 워싱턴에서 3차" }
define source "MBN-2013" = "https://m.mbn.co.kr/news-amp/1403258" { note "워싱턴DC 소재 미국 국무부에서 시작된 1차 협의" note "황준국 외교부 한미 방위비 분담 협상대사" note "에릭 존 국무부 방위비 분담협상 대사" }
define source "GUKJENEWS-2013" = "http://www.gukjenews.com/news/articleView.html?idxno=41059" { note "지난 2일 워싱턴에서 개최된 제1차" note "24-25일 서울" }
define source "NEWDAILY-2013" = "https://www.newdaily.co.kr/site/data/html/2013/12/02/2013120200043.html" { note "지난 7월 2일 美워싱턴에서 1차 회의" note "오는 4일 美워싱턴 ... 8번째 협상 ... 소인수 회의" }
define source "SIMINILBO-2013" = "https://m.siminilbo.co.kr/news/amp.html?ncode=179533941225710" { note "같은 달 24~25일 서울" note "22~23일 이틀간 서울" }
define source "AJUNEWS-2013" = "https://www4.ajunews.com/view/20130917000457" { note "지난달 서울에서 열린 3차" }
define source "WEB1-2013" = "http://web1.etoday.co.kr/news/view/798822" { note "지난달 25~26일 미국 워싱턴DC에서 제4차 고위급 협의" note "소인수 회의를 5일 서울 근교" }
define source "NEWSSTORE-2013" = "https://newsstore.co.kr/detail.php?number=3556" { note "7월부터 이달 초까지 5차례" note "10월30일부터 31일까지 ... 제6차" }
define source "MBN-2013a" = "https://www.mbn.co.kr/news/politics/1528057" { note "어제(30일)와 오늘(31일) 서울" note "다음 달 중순 미국에서 7차 고위급 협의" }
define source "WOORITVNEWS-2013" = "http://www.wooritvnews.com/news/articleView.html?idxno=42021" { note "12월 10~17일 서울에서 열린 9차 협상" }
define source "NOCUTNEWS-2014" = "https://mapp.nocutnews.co.kr/news/1164294" { note "9일 오전 서울에서 제10차 고위급 협의" }
define source "PROLABOUR21-2014" = "http://prolabour21.com/wp/?p=3646" { note "11일 10차례에 달하는 협상끝에" }
define source "MBN-2018" = "https://m.mbn.co.kr/news-amp/3473989"
define source "SPNEWS-2018" = "http://www.spnews.co.kr/news/articleView.html?idxno=14836" { note "9월19일~20일 워싱턴" note "10월16일~19일 서울" }
define source "AJUNEWS-2018" = "https://m.ajunews.com/amp/20180411100503949" { note "제주 서귀포시 제주국제평화센터" }
define source "IJEJUTODAY-2018" = "http://ijejutoday.com/news/articleView.html?idxno=207995" { note "서귀포시 중문에 위치한 제주평화연구원" }
define source "MEDIAPEN-2018" = "https://mediapen.com/newsamp/view/346707" { note "11~12일 제주" }
define source "AJUNEWS-2018a" = "https://m.ajunews.com/amp/20180511093918843" { note "14일부터 15일 ... 워싱턴" }
define source "DAILY-2018" = "http://daily.hankooki.com/lpage/politics/201807/dh20180713093709137510.htm" { note "26~27일 서울 국립외교원" note "18일부터 이틀간 미국 시애틀" }
define source "WIDEO-2018" = "https://wideo.ovh/video/x6msl17/s.-korea,-u.s.-begin-fourth-round-of-defense-cost-negotiations-in-seoul"
define source "DAILY-2018a" = "http://daily.hankooki.com/lpage/politics/201808/dh20180820135530137510.htm" { note "22일부터 이틀간 서울" }
define source "IMBC-2018" = "https://imnews.imbc.com/replay/2018/nwtoday/article/4882133_30188.html" { note "2 days scheduled, \"연장할 수도\"" }
define source "NEWSPIM-2018" = "https://newspim.com/news/view/20181109000392" { note "13일부터 16일까지 미국 호놀룰루" }
define source "IMBC-2018a" = "https://imnews.imbc.com/news/2018/politics/article/4924432_30796.html" { note "13일부터 나흘간" }
define source "AJUNEWS-2018b" = "https://m.ajunews.com/view/20181211081704995" { note "11∼13일까지 사흘간 서울" }
define source "211-2018" = "http://211.233.22.161/arti/politics/diplomacy/gallery118.html" { note "종료를 20일 앞두고 서울에서" }
define source "HKN114-2019" = "https://hkn114.kr/news/view.php?idx=9068" { note "2019. 9.24.(화)~25.(수)간 서울 한국국방연구원" }
define source "WOWTV-2019" = "https://wowtv.co.kr/NewsCenter/News/Read?articleId=2019092384581" { note "\"직전 협상을 이끌었던 장원삼\"; \"두 번째 회의부터는 새로운 대표\"" note "미국 측에서는 제임스 디하트" }
define source "KMIB-2019a" = "https://www.kmib.co.kr/article/view_amp.asp?arcid=0013835775" { note "23일과 24일 미국 하와이 호놀룰루" }
define source "FNNEWS-2019" = "http://fnnews.com/news/201910181806201037"
define source "DONGA-2019" = "http://www.donga.com/en/article/all/20191120/1906453/1/Conflicts-between-S-Korea-and-U-S-on-defense-costs" { note "ended at 11:30 a.m., just 90 minutes after it began" }
define source "HANKOOKILBO-2019" = "https://www.hankookilbo.com/Special/Issue/List/1337" { note "\"18~19일\"; \"80분 만에 결렬\"" note "80분 만에 결렬" }
define source "ZUMST-2019" = "http://news.zumst.com/articles/56327645"
define source "SPNEWS-2019" = "http://www.spnews.co.kr/news/articleView.html?idxno=24338" { note "3일부터 이틀동안 미국 워싱턴 DC" }
define source "INEWSPEOPLE-2019" = "http://www.inewspeople.co.kr/news/articleView.html?idxno=19962" { note "12.3.(화)~4.(수)" }
define source "ASIATODAY-2019" = "https://www.asiatoday.co.kr/kn/view.php?key=20191215010008921"
define source "SEOUL-2019" = "https://seoul.co.kr/news/newsView.php?id=20191218008028" { note "17일 서울 동대문구 국방연구원" }
define source "YNA-2019a" = "https://en.yna.co.kr/view/AEN20191218001552325"
define source "HAPPYVIL-2020" = "http://happyvil.hani.co.kr/arti/english_edition/e_international/924862.html" { note "in Washington, DC, on Jan. 14-15" }
define source "MBN-2020" = "https://m.mbn.co.kr/news-amp/4090706" { note "1월 14∼15일(현지시간) 미국 워싱턴D.C.에서 열린 6차 회의" note "7차 회의가 미국 로스앤젤레스에서 ... 17일 오전에 시작" note "정은보 … 방위비분담협상대사" note "제임스 드하트 미 국무부 방위비분담협상대표" }
define source "IMG-2020" = "http://img.kukinews.com/article/list/kuk001005000?page=50" { note "지난 17일~19일(현지시간)" }
define source "ARMORTHEMES-2020" = "https://www.armorthemes.com/demo/videosearchxl/video/x7stxrb/한미-방위비협상-입장차-여전…'무급휴직'-현실화-우려" { note "이틀에서 사흘로 일정이 연장" }
define source "FIRENNEWS-2021" = "http://firennews.com/bbs/board.php?bo_table=free&wr_id=1818" { note "제8차 회의를 화상 형식으로" }
define source "ENEWSS-2021" = "http://enewss.net/bbs/board.php?bo_table=free&wr_id=4107"
define source "YNA-2021" = "https://m-en.yna.co.kr/view/AEN20210205006200325"
define source "CPBC-2021" = "http://www.cpbc.co.kr/CMS/news/view_body.php?cid=797821&path=202103" { note "워싱턴에서 열리는 ... 9차 회의" }
define source "HANI-2021" = "https://english.hani.co.kr/arti/english_edition/e_international/985906.html" { note "held in Washington from Friday to Sunday" }
define source "ARIRANG-2021" = "https://www.arirang.com/News/News_View.asp?nseq=273482"
define source "YNA-2021a" = "https://en.yna.co.kr/view/AEN20210308000300325"
define source "KOREAHERALD-2013" = "http://www.koreaherald.com/view.php?ud=20140403001292"
define source "SEDAILY-2018" = "https://m.sedaily.com/NewsView/1ONKRKN377" { note "제10차 한미 방위비 분담협상 대표에 장원삼 주스리랑카 대사를 내정" }
define source "MOFA-2018" = "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320383"
define source "TF-2019" = "http://news.tf.co.kr/read/photomovie/1848785.htm"
define source "ETODAY-2014a" = "https://etoday.co.kr/news/view/902300" { note "재석의원 192명 중 찬성 131표, 반대 26표, 기권 35표" }
define source "WOORITVNEWS-2014" = "http://www.wooritvnews.com/news/articleViewAmp.html?idxno=48426"
define source "FNNEWS-2019a" = "http://fnnews.com/news/201902101455019490"
define source "AJUNEWS-2019" = "https://m.ajunews.com/amp/20190405124513411"
define source "HANKYUNG-2020" = "https://hankyung.com/article/202006162275Y" { note "전체 한국인 근로자 8천600여명" note "2억 달러(한화 2천430억원) 이상" }
define source "AJUNEWS-2020" = "https://ajunews.com/view/20200616115934551"
define source "HANI-2020" = "http://herstory.hani.co.kr/arti/international/america/947640.html"
define source "AJUNEWS-2020a" = "https://ajunews.com/view/20200421083457119" { note "전년 합의 대비 최소 13% 인상안" }
define source "HANKYUNG-2020a" = "https://hankyung.com/article/202004213508i"
define source "JTBC-2024" = "https://news.jtbc.co.kr/article/article.aspx?news_id=NB12219056"
define source "INVEN-2024" = "https://inven.co.kr/board/webzine/2097/2349663"
define source "NEWSPIC-2024" = "https://m.newspic.kr/summary.html?cp=w3Hru72p&nid=2024112817360558177&pn=214"
define source "FNNEWS-2025" = "https://www.fnnews.com/ampNews/202505121207051932"
define source "NEWS1-2025" = "https://www.news1.kr/amp/diplomacy/defense-diplomacy/5871628" { note "미 측이 방위비분담금 재협상을 요청한 사실이 없다" }
define source "MINZOKILBO-2025" = "http://minzokilbo.com/wp/?p=252281"
define source "TRT-2025" = "https://trt.global/korean/article/a8a6e35fe1a3"
define source "CNEWSLIVEENGLISH-2025" = "https://cnewsliveenglish.com/news/33068/south-korea-reaffirms-commitment-to-existing-us-defense-cost-sharing-deal-amid-trumps-pressure-tt"
define source "SBS-2025" = "https://news.sbs.co.kr/news/endPage.do?news_id=N1008331426"
define source "YTN-2025" = "https://www.ytn.co.kr/_ln/0104_202511141128505780"
define source "NEWSIS-2025" = "https://weekly.newsis.com/view/?id=NISX20251114_0003403212"
define source "SBS-2025a" = "https://news.sbs.co.kr/news/endPage.do?news_id=N1008360723"
define source "ASIAE-2025" = "https://cm.asiae.co.kr/article/2025120820434064164"

# ---------------------------------------------------------------------------------------
# Korean CPI growth, Statistics Korea annual average, as published to 0.1 point (cpi.tsv; §7)
# ---------------------------------------------------------------------------------------
# Korean CPI growth 1991–2000: Statistics Korea's annual average, as the current series gives it
# (research of 2026-12; checked against an index table, 2010=100, and the press of each year).
define cpi 1991 = 9.3% { note "Annual average (연평균). Recomputed from the 2010=100 index table: 9.34. The 1991 Dec/Dec figure was 9.5 (not used)" source "CPI-INDEX-TABLE, INFLATIONRATES-1991, HANKYUNG-1999" }
define cpi 1992 = 6.2% { note "Annual average (연평균지수 6.2% in the 1992 Hankyung story). The Dec/Dec figure was 4.5 (not used). Index table: 6.21" source "CPI-INDEX-TABLE, HANKYUNG-1992" }
define cpi 1993 = 4.8% { note "one source; Index table: 4.80. 1993 press gave 5.8%, which is Dec/Dec (전년말대비), not the annual average" source "CPI-INDEX-TABLE, HANKYUNG-1993" }
define cpi 1994 = 6.3% { note "one source; Index table: 6.27. Joongang gives 5.6% for 1994, which is Dec/Dec; no contemporary annual-average press figure was found" source "CPI-INDEX-TABLE, JOONGANG-1994" }
define cpi 1995 = 4.5% { note "Index table: 4.48; inflation-rates.com gives 4.5" source "CPI-INDEX-TABLE, INFLATIONRATES-1995, HANKYUNG-1999" }
define cpi 1996 = 4.9% { note "Index table: 4.93; the Donga 2001 1995=100 index gives 4.9; hoeveelinflatie gives 4.9" source "CPI-INDEX-TABLE, DONGA-2001, HOEVEELINFLATIE-1996" }
define cpi 1997 = 4.4% { note "one source; Current rebased series (index table): 4.44. The contemporary 재경원 figure (Donga 1997-12-31) was 4.5, and the Donga 2001 1995=100 index also gives 4.48. This is a rebasing/rounding difference (see NOTES)" source "CPI-INDEX-TABLE, DONGA-1997, DONGA-2001" }
define cpi 1998 = 7.5% { note "BOK 1999-01-29 (Hankyung, Seoul Shinmun) gives 연평균 7.5%; index table: 7.51" source "CPI-INDEX-TABLE, HANKYUNG-1999, SEOUL-1999" }
define cpi 1999 = 0.8% { note "Statistics Korea figure as cited in Donga 2004-12-30; index table: 0.81" source "CPI-INDEX-TABLE, DONGA-2004" }
define cpi 2000 = 2.3% { note "MOFE 2000 price trends (Hankyung 2001-01) gives 연평균 2.3%; Donga 2004 gives 2.3; index table: 2.26" source "CPI-INDEX-TABLE, HANKYUNG-2000, DONGA-2004" }
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
# Korea's original defense budget 1991–2016: the MND series 연도별 국방비 배분 추이 [본예산 기준]
# (research of 2026-12; each year also checked against the press of the time where found).
define budget 1991 = 7조 4524억 { growth 12.3% note "Original budget; 1991 press (Seoul Shinmun, Hankook Ilbo) cite 7조4천5백24억 as the 1991 budget and 12.3% as the increase" source "MND-BUDGET, SEOUL-1991, HANKOOKILBO-1991" }
define budget 1992 = 8조 4100억 { growth 12.8% note "Matches 1992 Hankyung (92년도 8조4천1백억원) and Nocut News" source "MND-BUDGET, HANKYUNG-1992b, NOCUTNEWS-1992" }
define budget 1993 = 9조 2154억 { growth 9.6% note "Seoul Shinmun 1993 gives it only as about 9조2천억 (24.2% of govt budget, same as the MND table); the 1994 government proposal 10조1003억 = +9.6% implies a 1993 base of about 92,150. A 1993 Hankyung piece says the 1993 increase was 13.5%, which does not match 9.6% (see NOTES)" source "MND-BUDGET, SEOUL-1993, HANKYUNG-1993b" }
define budget 1994 = 10조 753억 { growth 9.3% note "Seoul Shinmun 1994-06-14 gives 올해 10조7백53억원. The government proposal was 10조1003억 (+9.6%) and the Assembly cut it to the final figure" source "MND-BUDGET, SEOUL-1994, HANKYUNG-1993b" }
define budget 1995 = 11조 744억 { growth 9.9% note "one source; Only the MND table gives the exact figure. Checks: 1995/1994 = +9.92%; the 1995 MND request was 11조3천3백88억 (request, not final)" source "MND-BUDGET" }
define budget 1996 = 12조 2434억 { growth 10.6% note "one source; The exact value is from MND only. The 10.6% growth for 1996 is confirmed by Donga 1997-06-05; Nocut gives about 12조" source "MND-BUDGET, DONGA-1997b" }
define budget 1997 = 13조 7865억 { growth 12.6% note "Donga 1997-06-05 gives 13조7천8백65억 and 12.6%" source "MND-BUDGET, DONGA-1997b, DONGA-1997c" }
define budget 1998 = 14조 6275억 { growth 6.1% note "Original budget. Donga 1998-01-07: 당초 편성된 국방예산 14조6천여억원. It was later cut in the IMF-era supplementary budget to about 13조8,000억 (not used)" source "MND-BUDGET, DONGA-1998b" }
define budget 1999 = 13조 7490억 { growth -6.0% note "MND prints the growth as △6.0, i.e. against the 1998 original budget. 1998 press gave -0.4%, which is against the 1998 supplementary budget of about 138,000 (see NOTES)" source "MND-BUDGET, SEDAILY-1999, IMAEIL-1998, IMAEIL-1999" }
define budget 2000 = 14조 4390억 { growth 5.0% note "Maeil 1999-09-21 gives 14조4천390억 and +5.0%. A blog gives 144,774 (apparently supplementary; not used)" source "MND-BUDGET, IMAEIL-1999" }
define budget 2001 = 15조 3884억 { growth 6.6% note "PSPD (평통사) 2002 note and a blog agree" source "MND-BUDGET, SPARK946-2001, BITI-2001" }
define budget 2002 = 16조 3640억 { growth 6.3% note "PSPD (평통사) gives 16조3천640억 and +6.3%; Nocut agrees" source "MND-BUDGET, SPARK946-2001, NOCUTNEWS-1992" }
define budget 2003 = 17조 4264억 { growth 6.5% note "Hankyung/Yonhap 2003-06-11 gives 올해 17조4천264억원. A blog gives 175,148 (supplementary; not used)" source "MND-BUDGET, HANKYUNG-2003, HANKYUNG-2003b" }
define budget 2004 = 18조 9412억 { growth 8.7% note "Seoul Economic/Yonhap 2005-01 gives 18조9천412억. Edaily's 18조9142억 looks like a digit transposition" source "MND-BUDGET, SEDAILY-2004, BITI-2001" }
define budget 2005 = 20조 8226억 { growth 9.9% note "Seoul Economic/Yonhap gives 20조8천226억 and +9.9%; Hankyung 2004-11-15 agrees. A blog gives 211,026 (supplementary; not used)" source "MND-BUDGET, SEDAILY-2004, HANKYUNG-2004b" }
define budget 2006 = 22조 5129억 { growth 8.1% note "ndsoftnews and Hankook Ilbo (2006-09) give 올해 22조5129억; Nocut agrees" source "MND-BUDGET, NDSOFTNEWS-2006, NOCUTNEWS-1992" }
define budget 2007 = 24조 4972억 { growth 8.8% note "The final figure differs from the government proposal of 24조6967억. The blog copy agrees with 244,972. KTV 2007: the 2008 proposal of 269,321 = +9.9% over 2007, which fits 244,972" source "MND-BUDGET, BITI-2001, KTV-2007" }
define budget 2008 = 26조 6490억 { growth 8.8% note "Hankyung 2008-07-09 and the MND 2009 budget press release (blog copy) give 올해 26조6490억" source "MND-BUDGET, HANKYUNG-2008, WEAPON-2008" }
define budget 2009 = 28조 5326억 { growth 7.1% note "krnews21 2009 gives 올해 국방예산 28조5326억; MBN gives 28조5천3백여억. A blog gives 289,803 (supplementary; not used)" source "MND-BUDGET, KRNEWS21-2009, MBN-2009" }
define budget 2010 = 29조 5627억 { growth 3.6% note "The 2011 MND budget table (blog copy) gives '10 예산 29조5,627; KBS gives 3.6%" source "MND-BUDGET, MUSTORY-2010, KBS-2010" }
define budget 2011 = 31조 4031억 { growth 6.2% note "Newscan and the Kyunghyang blog give 31조4,031억 and +6.2%" source "MND-BUDGET, NEWSCANI-2011, MUSTORY-2010" }
define budget 2012 = 32조 9576억 { growth 5.0% note "MBN gives 32조9천576억 and +5%; Nocut and eToday agree" source "MND-BUDGET, MBN-2012, NOCUTNEWS-1992, ETODAY-2012" }
define budget 2013 = 34조 3453억 { growth 4.2% note "Original budget. Some MND/news items give 34조4970억 (the 2013 budget after the supplementary budget; not used)" source "MND-BUDGET, ETODAY-2012, ETODAY-2013, NOCUTNEWS-1992" }
define budget 2014 = 35조 7056억 { growth 4.0% note "The MND table and the 2015 MND request release give 357,056. The Jan-2014 news when it was set (mediapen, tongilnews, eToday) gives 35조7057억: a 1억 difference, probably rounding (see NOTES)" source "MND-BUDGET, KRNEWS21-2014, MEDIAPEN-2014, ETODAY-2013" }
define budget 2015 = 37조 4560억 { growth 4.9% note "Aju Business Daily 2015-08-27 gives 37조4560억 and +4.9%" source "MND-BUDGET, AJUNEWS-2015, BITI-2001" }
define budget 2016 = 38조 7995억 { growth 3.6% note "Nocut and Econovill give 올해 38조7995억; Edaily gives 38.8조 and +3.6%" source "MND-BUDGET, NOCUTNEWS-2016, ECONOVILL-2016, EDAILY-2016" }
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
# The sources of CPI 1991–2000 and the defense budget 1991–2016.
define source "CPI-INDEX-TABLE" = "Korean CPI, annual index 2010=100, a copy of Statistics Korea's series: https://zh.arslanbar.net/post.php?t=19628&type=only1F"
define source "INFLATIONRATES-1991" = "https://inflation-rates.com/kr/1991"
define source "HANKYUNG-1999" = "https://hankyung.com/amp/1999012900881"
define source "HANKYUNG-1992" = "https://www.hankyung.com/article/1992123000841"
define source "HANKYUNG-1993" = "https://www.hankyung.com/article/1993122902081"
define source "JOONGANG-1994" = "https://www.joongang.co.kr/article/2993290"
define source "INFLATIONRATES-1995" = "https://inflation-rates.com/kr/1995/CP11"
define source "DONGA-2001" = "https://www.donga.com/news/Economy/article/all/20010209/7646528/1"
define source "HOEVEELINFLATIE-1996" = "https://hoeveelinflatie.nl/kr/1996/CP07"
define source "DONGA-1997" = "https://www.donga.com/news/Economy/article/all/19971231/7311433/1"
define source "SEOUL-1999" = "https://www.seoul.co.kr/news/1999/01/30/19990130008002"
define source "DONGA-2004" = "https://www.donga.com/news/Economy/article/all/20041230/8144752/1"
define source "HANKYUNG-2000" = "https://www.hankyung.com/economy/article/2000123110251"
define source "SEOUL-1991" = "https://www.seoul.co.kr/news/1991/05/31/19910531002004"
define source "HANKOOKILBO-1991" = "https://www.hankookilbo.com/News/Read/199105310063259627"
define source "HANKYUNG-1992b" = "https://www.hankyung.com/article/1992061001441"
define source "NOCUTNEWS-1992" = "https://nocutnews.co.kr/news/1061777"
define source "SEOUL-1993" = "https://search.seoul.co.kr/index.php?keyword=%EB%8C%80%EB%A0%B9&page=179"
define source "HANKYUNG-1993b" = "https://www.hankyung.com/article/1993103001491"
define source "SEOUL-1994" = "https://www.seoul.co.kr/news/1994/06/14/19940614003001"
define source "DONGA-1997b" = "https://www.donga.com/news/Politics/article/all/19970605/7259877/1"
define source "DONGA-1997c" = "https://www.donga.com/news/Politics/article/all/19970605/7259815/1"
define source "DONGA-1998b" = "https://www.donga.com/news/Politics/article/all/19980107/7312800/1"
define source "SEDAILY-1999" = "https://m.sedaily.com/NewsViewAmp/1HRVQX0G4M"
define source "IMAEIL-1998" = "https://www.imaeil.com/page/view/1998092115524794735"
define source "IMAEIL-1999" = "https://m.imaeil.com/page/view/1999092115164719712"
define source "SPARK946-2001" = "https://spark946.org/party/non_nuclear?board_code=4&code=22283&tpf=board%2Fview"
define source "BITI-2001" = "https://biti.tistory.com/entry/%EC%97%AD%EB%8C%80-%EC%A0%95%EB%B6%80%EB%B3%84-%EA%B5%AD%EB%B0%A9%EC%98%88%EC%82%B0-%EC%B6%94%EC%9D%B4-2000-2021"
define source "HANKYUNG-2003" = "https://www.hankyung.com/politics/article/2003061105068"
define source "HANKYUNG-2003b" = "https://www.hankyung.com/article/2003061109128"
define source "SEDAILY-2004" = "https://m.sedaily.com/NewsView/1HSE27CADN"
define source "HANKYUNG-2004b" = "https://hankyung.com/article/2004111551571"
define source "NDSOFTNEWS-2006" = "http://v561.ndsoftnews.net/news/articleView.html?idxno=15788&reply_sc_order_by=I"
define source "KTV-2007" = "https://www.ktv.go.kr/content/view?content_id=64593"
define source "HANKYUNG-2008" = "https://www.hankyung.com/article/2008070951141"
define source "WEAPON-2008" = "http://weapon.tistory.com/tag/%EA%B5%B0%EC%82%AC%EB%AC%B4%EA%B8%B0"
define source "KRNEWS21-2009" = "https://krnews21.co.kr/news/view.php?idx=56805&key_idx=19"
define source "MBN-2009" = "https://www.mbn.co.kr/news/politics/458320"
define source "MUSTORY-2010" = "https://mustory.khan.kr/174"
define source "KBS-2010" = "https://news.kbs.co.kr/news/mobile/view/view.do?ncd=2167185"
define source "NEWSCANI-2011" = "http://www.newscani.com/news/articleView.html?idxno=73672"
define source "MBN-2012" = "https://mbn.co.kr/news/politics/1141624"
define source "ETODAY-2012" = "https://www.etoday.co.kr/news/view/714536"
define source "ETODAY-2013" = "https://etoday.co.kr/news/view/846356"
define source "KRNEWS21-2014" = "http://www.krnews21.co.kr/article/145471?sm=w_total&stx=%EA%B5%AD%EB%B0%A9"
define source "MEDIAPEN-2014" = "http://www.mediapen.com/news/view/13343"
define source "AJUNEWS-2015" = "https://m.ajunews.com/amp/20150827145820131"
define source "NOCUTNEWS-2016" = "https://m.nocutnews.co.kr/news/amp/4647492"
define source "ECONOVILL-2016" = "http://www.econovill.com/news/articleView.html?idxno=297252"
define source "EDAILY-2016" = "https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=01184086609594912"
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
