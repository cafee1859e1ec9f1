namespace Cms.Search.Query;

/// <summary>The words inside a pair of quotes, as typed, separated by single spaces.</summary>
public sealed record PhraseNode(string Text, string? Field = null) : QueryNode
{
    public override string ToString()
    {
        var quoted = string.Concat("\"", Text, "\"");
        return Field is null ? quoted : string.Concat(Field.ToLowerInvariant(), ":", quoted);
    }
}
