"tab\there"
cat("tab\there\n")
"new\nline"
cat("new\nline\n")
'single "quotes" inside'
"double \"escaped\""
"back\\slash"
cat("back\\slash\n")
"\x41\x42"
"\u00e9t\u00e9"
"\U{1F600}"
nchar("\u00e9")
r"(raw \string with "quotes")"
r"[brackets]"
R"{braces}"
r"---(dashes)---"
'it\'s'
