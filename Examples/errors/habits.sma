# Other tools' commands get a hint naming sma's own.
.quit
.exit
\q
:q
.help
\?
