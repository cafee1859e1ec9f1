using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Localization;

/// <summary>
/// A message for a person: a key of <c>Resources/SharedResource</c> and its arguments. Pages show it in the UI
/// language; the API, the command line and the import show the English text (the neutral resources), so every
/// wording lives in the resource files and nowhere else. An argument may be a message itself (a field's name).
/// </summary>
internal sealed class UiMessage
{
    private static readonly ResourceManager Neutral = new("Cms.Web.Resources.SharedResource", typeof(UiMessage).Assembly);

    public UiMessage(string key, params object[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Key = key;
        Args = args;
    }

    public string Key { get; }

    public IReadOnlyList<object> Args { get; }

    /// <summary>The English text, with invariant number and date formats.</summary>
    public string English =>
        string.Format(CultureInfo.InvariantCulture, Neutral.GetString(Key, CultureInfo.InvariantCulture) ?? Key, [.. Args.Select(a => a is UiMessage m ? m.English : a)]);

    /// <summary>The text in the current UI culture (an argument that is itself a message too).</summary>
    public string In(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[Key, [.. Args.Select(a => a is UiMessage m ? m.In(localizer) : a)]];
    }

    public override string ToString() => English;
}
