namespace Cms.Search.Query;

/// <summary>At least one child must match. The parser always produces at least two children, none of them an <see cref="OrNode"/>.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public IReadOnlyList<QueryNode> Children { get; init; } = Children ?? throw new ArgumentNullException(nameof(Children));

    // Structural equality: the synthesized one would compare the list by reference.
    public bool Equals(OrNode? other) => other is not null && Children.SequenceEqual(other.Children);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var child in Children)
        {
            hash.Add(child);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Concat("OR(", string.Join(", ", Children), ")");
}
