using Cms.Web.Data;
using Cms.Web.Newsroom;

namespace Cms.Web.Pages.Manager;

/// <summary>One cell of the translation matrix.</summary>
internal sealed record MatrixCell(string State, bool Outdated, Translation? Translation)
{
    public static MatrixCell For(Story story, string language, DateTime now)
    {
        var translation = story.Translations.FirstOrDefault(t => t.Language == language);
        if (translation is null)
        {
            return new MatrixCell("missing", false, null);
        }

        var state = translation.Status switch
        {
            TranslationStatus.Draft => "draft",
            TranslationStatus.InReview => "review",
            TranslationStatus.Published when translation.IsScheduled(now) => "scheduled",
            TranslationStatus.Published when translation.PendingRevisionId is not null => "pending",
            TranslationStatus.Published => "published",
            _ => "unpublished",
        };
        return new MatrixCell(state, NewsroomService.IsOutdated(story, translation), translation);
    }
}
