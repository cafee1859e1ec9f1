namespace Cms.Search.Query;

/// <summary>The child must not match. A query may consist of a <see cref="NotNode"/> alone; the executor decides what that means.</summary>
public sealed record NotNode(QueryNode Child) : QueryNode
{
    public QueryNode Child { get; init; } = Child ?? throw new ArgumentNullException(nameof(Child));

    public override string ToString() => string.Concat("NOT(", Child.ToString(), ")");
}
