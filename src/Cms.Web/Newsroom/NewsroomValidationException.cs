namespace Cms.Web.Newsroom;

/// <summary>Submitted fields that cannot be saved, by field name; nothing was changed.</summary>
internal sealed class NewsroomValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static NewsroomValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
