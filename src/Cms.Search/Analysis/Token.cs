namespace Cms.Search.Analysis;

/// <summary>One term of analysed text: where it came from (<see cref="Start"/>..<see cref="End"/> in the original)
/// and its position in the token stream.</summary>
public readonly record struct Token(string Term, int Position, int Start, int End, bool IsKeyword = false)
{
    public int Length => End - Start;
}
