using System.Globalization;

namespace Cms.Web.Content;

/// <summary>A problem in a content file, reported as <c>FILE:LINE: message</c>.</summary>
internal sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Message}");
}
