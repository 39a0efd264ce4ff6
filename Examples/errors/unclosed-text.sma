help "unclosed
