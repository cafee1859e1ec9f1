using System.Diagnostics.CodeAnalysis;
using Cms.Web.Data;
using Cms.Web.Newsroom;

namespace Cms.Web.Content.Rules;

/// <summary>
/// The one parser and formatter of <see cref="StoryKind"/>: only the names news, announcement and event
/// (any case); never a number, which <c>Enum.TryParse</c> would accept.
/// </summary>
internal static class StoryKinds
{
    public const string Expected = "news, announcement or event";

    public static IReadOnlyList<StoryKind> All { get; } = [StoryKind.News, StoryKind.Announcement, StoryKind.Event];

    public static string Name(StoryKind kind) => kind switch
    {
        StoryKind.News => "news",
        StoryKind.Announcement => "announcement",
        StoryKind.Event => "event",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined story kind."),
    };

    public static bool IsDefined(StoryKind kind) => kind is StoryKind.News or StoryKind.Announcement or StoryKind.Event;

    public static bool TryParse([NotNullWhen(true)] string? text, out StoryKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = StoryKind.News;
        return false;
    }

    /// <summary>A kind as a form or the API submits it: empty means news, anything else must be a name.</summary>
    /// <exception cref="NewsroomValidationException">Not a kind's name.</exception>
    public static StoryKind Submitted(string? text) =>
        string.IsNullOrWhiteSpace(text) ? StoryKind.News
        : TryParse(text, out var kind) ? kind
        : throw NewsroomValidationException.For("kind", "Error.Kind", Expected);
}
