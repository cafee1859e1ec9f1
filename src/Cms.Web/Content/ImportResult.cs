namespace Cms.Web.Content;

internal sealed record ImportResult(int StoriesCreated, int StoriesUpdated, int TranslationsCreated, int TranslationsUpdated, int Unchanged, int TermsCreated = 0, int TermsUpdated = 0)
{
    public bool ChangedAnything => StoriesCreated + StoriesUpdated + TranslationsCreated + TranslationsUpdated + TermsCreated + TermsUpdated > 0;

    public override string ToString() =>
        $"stories: {StoriesCreated} created, {StoriesUpdated} updated; translations: {TranslationsCreated} created, {TranslationsUpdated} updated; {Unchanged} unchanged; terms: {TermsCreated} created, {TermsUpdated} updated";
}
