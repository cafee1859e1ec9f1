using System.Diagnostics.CodeAnalysis;
using Cms.Web.Data;
using Cms.Web.Newsroom;

namespace Cms.Web.Content.Rules;

/// <summary>
/// The one parser and formatter of <see cref="StoryKind"/>: only the names news, announcement, event, round-table,
/// seminar, training and dialogue-platform (any case); never a number, which <c>Enum.TryParse</c> would accept.
/// </summary>
internal static class StoryKinds
{
    public const string Expected = "news, announcement, event, round-table, seminar, training or dialogue-platform";

    public static IReadOnlyList<StoryKind> All { get; } =
        [StoryKind.News, StoryKind.Announcement, StoryKind.Event, StoryKind.RoundTable, StoryKind.Seminar, StoryKind.Training, StoryKind.DialoguePlatform];

    public static string Name(StoryKind kind) => kind switch
    {
        StoryKind.News => "news",
        StoryKind.Announcement => "announcement",
        StoryKind.Event => "event",
        StoryKind.RoundTable => "round-table",
        StoryKind.Seminar => "seminar",
        StoryKind.Training => "training",
        StoryKind.DialoguePlatform => "dialogue-platform",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined story kind."),
    };

    public static bool IsDefined(StoryKind kind) => Enum.IsDefined(kind);

    /// <summary>Whether a story of this kind is about an event: it has event fields and is listed on the events page.</summary>
    public static bool IsEvent(StoryKind kind) => kind is not StoryKind.News;

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
