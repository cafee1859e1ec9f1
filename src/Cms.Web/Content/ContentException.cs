namespace Cms.Web.Content;

/// <summary>A content run that failed; nothing of it was applied.</summary>
internal sealed class ContentException(IReadOnlyList<ContentError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
