namespace Cms.Search.Query;

/// <summary>A single word as typed (not normalised: the analyzer does that). <paramref name="Field"/> is lower-case.</summary>
public sealed record TermNode(string Text, string? Field = null, bool IsPrefix = false) : QueryNode
{
    public override string ToString()
    {
        var text = IsPrefix ? string.Concat(Text, "*") : Text;
        return Field is null ? text : string.Concat(Field.ToLowerInvariant(), ":", text);
    }
}
