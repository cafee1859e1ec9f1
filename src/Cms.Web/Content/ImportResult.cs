namespace Cms.Web.Content;

internal sealed record ImportResult(int StoriesCreated, int StoriesUpdated, int TranslationsCreated, int TranslationsUpdated, int Unchanged)
{
    public bool ChangedAnything => StoriesCreated + StoriesUpdated + TranslationsCreated + TranslationsUpdated > 0;

    public override string ToString() =>
        $"stories: {StoriesCreated} created, {StoriesUpdated} updated; translations: {TranslationsCreated} created, {TranslationsUpdated} updated; {Unchanged} unchanged";
}
