namespace Cms.Search.Query;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    LParen,
    RParen,
    And,
    Or,
    Not,
    Plus,
    Minus,
    Field,
}
