namespace Cms.Web.Newsroom;

/// <summary>One translation's column as the editor submits it.</summary>
/// <param name="ExpectedVersion">The version the form was opened at; null for a new translation or no check.</param>
/// <param name="Original">The <see cref="TextFingerprint"/> of the text the form showed.</param>
/// <param name="Reviewed">The author checked it against the current source: clears "outdated".</param>
internal sealed record EditorColumn(string Language, TranslationEdit Edit, int? ExpectedVersion, string? Original, bool Reviewed);
