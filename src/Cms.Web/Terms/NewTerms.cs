namespace Cms.Web.Terms;

/// <summary>Names no term has yet become new terms (the editor's inline creation): a Cyrillic name without Kyrgyz
/// letters is labelled in <paramref name="CyrillicLanguage"/>, Georgian script in ka, Latin as the same in every language.</summary>
internal sealed record NewTerms(string CyrillicLanguage, string User);
