using Cms.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Newsroom;

/// <summary>Submitted fields that cannot be saved, by field name; nothing was changed.</summary>
internal sealed class NewsroomValidationException(IReadOnlyDictionary<string, UiMessage[]> messages)
    : Exception(string.Join("; ", messages.SelectMany(e => e.Value).Select(m => m.English)))
{
    /// <summary>The messages by field, for a page to show in its UI language.</summary>
    public IReadOnlyDictionary<string, UiMessage[]> Messages { get; } = messages;

    /// <summary>The messages in English by field: the API's problem details, the command line.</summary>
    public IReadOnlyDictionary<string, string[]> Errors =>
        Messages.ToDictionary(e => e.Key, e => e.Value.Select(m => m.English).ToArray(), StringComparer.Ordinal);

    /// <summary>The messages in the UI language by field.</summary>
    public Dictionary<string, string[]> ErrorsIn(IStringLocalizer localizer) =>
        Messages.ToDictionary(e => e.Key, e => e.Value.Select(m => m.In(localizer)).ToArray(), StringComparer.Ordinal);

    public static NewsroomValidationException For(string field, string key, params object[] args) =>
        new(new Dictionary<string, UiMessage[]>(StringComparer.Ordinal) { [field] = [new UiMessage(key, args)] });
}
