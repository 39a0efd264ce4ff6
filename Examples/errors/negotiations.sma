# Bad records: each error is at its line.
define round 1 of agreement 20 { from 2030-01-01 }
define round 1 of agreement 12 { from 2030-01-01 }
define round 9 of agreement 12 { from 2024-10-05 to 2024-10-01 }
define round 9 of agreement 12 { from 2024-10 format hybrid }
define event 2024-11 { agreement 12 kind statement text "a month" }
define event 2024-11-20 { agreement 14 kind statement text "no such agreement" }
define event 2024-11-05 { agreement 12 kind signed text "a second signing date" }
define agreement 13 { years 2031..2035 ratified 2030-12-01 vote 200 for 40 against 10 abstaining of 234 }
define agreement 13 { years 2031..2035 signed 2030-11 }
define negotiator "Someone" of agreement 12 { role "chief" }
define negotiator "Someone" of agreement 12 { side korea from 2024-10 to 2024-04 }
define contribution 2031 = $100 million { agreement 12 paid $150 million at 1300 }
define round 1 of agreement 12 { from 2026-13 }
