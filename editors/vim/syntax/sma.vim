" Vim syntax file for sma, the language of the Special Measures Agreements
" Written from sma's vocabulary by sma-generate (Sources/SMATools/EditorSyntax.swift);
" do not edit. Install: copy editors/vim/ into ~/.vim/ (or `make install`).
if exists("b:current_syntax")
  finish
endif
syn case match
setlocal iskeyword=@,48-57,_,-

syn keyword smaStatement agreements agreement rounds negotiators events contribution contributions growth project verify explain set chart compare simulate breakdown cpi rate budget share sources source assert reset unset tour let define record help
syn match smaStatement "\(budget-growth\)"
syn keyword smaClause with under from trials seed above in at title for of all next back
syn keyword smaFunction normal uniform triangular historical
syn keyword smaDefinition round negotiator event exchange approximate base basis city construction currency equivalent figure format fred inferred initialed kind korea labour logistics note paid part ratified reported role rule series side signatories signed sourcing summary text to us venue vote years negotiated frozen fixed index lag cap plus stated derived computed
syn keyword smaUnit B K M T billion bn million mn thousand tn trillion KRW USD dollar dollars krw usd won US
syn match smaUnit "\(만\|억\|조\|천\|원\|달러\)"
syn match smaNumber "\<\d[0-9,]*\(\.\d\+\)\=%\="
syn match smaDate "\<\d\{4}-\d\d-\d\d\>"
syn match smaOperator "[-+*/^=×÷−]\|\.\."
syn region smaString start=+"+ skip=+\\"+ end=+"+ oneline
syn match smaComment "#.*$" contains=@Spell

hi def link smaStatement Statement
hi def link smaClause Keyword
hi def link smaFunction Function
hi def link smaDefinition Type
hi def link smaUnit Special
hi def link smaNumber Number
hi def link smaDate Constant
hi def link smaOperator Operator
hi def link smaString String
hi def link smaComment Comment

let b:current_syntax = "sma"
