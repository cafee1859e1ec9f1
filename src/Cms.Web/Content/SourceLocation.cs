namespace Cms.Web.Content;

internal sealed record SourceLocation(string File, int Line)
{
    public static SourceLocation None { get; } = new("", 0);

    public override string ToString() => $"{File}:{Line}";
}
