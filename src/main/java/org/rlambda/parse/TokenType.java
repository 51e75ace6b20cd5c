package org.rlambda.parse;

/**
 * The kinds of token the R lexer produces. {@link #display} is how GNU R's parser names the
 * token in "unexpected ..." messages (gram.y's yyerror translation table).
 */
enum TokenType {
    END_OF_INPUT("end of input"),
    ERROR("input"),
    INCOMPLETE_STRING("INCOMPLETE_STRING"),
    STR_CONST("string constant"),
    NUM_CONST("numeric constant"),
    NULL_CONST("'NULL'"),
    SYMBOL("symbol"),
    PLACEHOLDER("input"),
    LEFT_ASSIGN("assignment"),
    EQ_ASSIGN("'='"),
    RIGHT_ASSIGN("'->'"),
    FUNCTION("'function'"),
    LAMBDA("'\\\\'"),
    IF("'if'"),
    ELSE("'else'"),
    FOR("'for'"),
    IN("'in'"),
    WHILE("'while'"),
    REPEAT("'repeat'"),
    NEXT("'next'"),
    BREAK("'break'"),
    GT("'>'"),
    GE("'>='"),
    LT("'<'"),
    LE("'<='"),
    EQ("'=='"),
    NE("'!='"),
    AND("'&'"),
    OR("'|'"),
    AND2("'&&'"),
    OR2("'||'"),
    NS_GET("'::'"),
    NS_GET_INT("':::'"),
    PIPE("'|>'"),
    SPECIAL("SPECIAL"),
    PLUS("'+'"),
    MINUS("'-'"),
    STAR("'*'"),
    SLASH("'/'"),
    CARET("'^'"),
    TILDE("'~'"),
    QUESTION("'?'"),
    COLON("':'"),
    BANG("'!'"),
    DOLLAR("'$'"),
    AT("'@'"),
    LPAREN("'('"),
    RPAREN("')'"),
    LBRACE("'{'"),
    RBRACE("'}'"),
    LBRACKET("'['"),
    LBB("'[['"),
    RBRACKET("']'"),
    COMMA("','"),
    SEMICOLON("';'"),
    NEWLINE("end of line");

    final String display;

    TokenType(String display) { this.display = display; }
}
