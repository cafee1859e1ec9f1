namespace Cms.Web.StructuredData;

/// <summary>One preview tag in the head: Open Graph (<c>property</c>) or Twitter card (<c>name</c>).</summary>
internal readonly record struct MetaTag(string Key, string Content)
{
    /// <summary>Twitter's tags are written with <c>name</c>, Open Graph's with <c>property</c>.</summary>
    public bool IsName => Key.StartsWith("twitter:", StringComparison.Ordinal);
}
