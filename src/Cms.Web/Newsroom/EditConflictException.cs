namespace Cms.Web.Newsroom;

/// <summary>Someone saved the translation since this editor opened it; nothing was overwritten.</summary>
internal sealed class EditConflictException(string language, TranslationEdit theirs, int theirVersion, string theirAuthor, DateTime theirSavedUtc, TranslationEdit yours)
    : Exception("The translation was changed by someone else.")
{
    public string Language { get; } = language;

    public TranslationEdit Theirs { get; } = theirs;

    public int TheirVersion { get; } = theirVersion;

    public string TheirAuthor { get; } = theirAuthor;

    public DateTime TheirSavedUtc { get; } = theirSavedUtc;

    public TranslationEdit Yours { get; } = yours;
}
