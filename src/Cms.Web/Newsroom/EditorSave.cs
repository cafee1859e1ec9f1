namespace Cms.Web.Newsroom;

/// <summary>One save of the side-by-side editor: the shared fields, the columns, then at most one action.</summary>
/// <param name="Fields">Null when the form did not carry the shared fields.</param>
/// <param name="FieldsOriginal">The <see cref="TextFingerprint"/> of the fields as the form showed them.</param>
/// <param name="CreateTerms">Names in the term fields that no term has become new terms (the editor's inline creation).</param>
internal sealed record EditorSave(StoryFields? Fields, int? FieldsVersion, string? FieldsOriginal, IReadOnlyList<EditorColumn> Columns, EditorAction? Action, bool CreateTerms = false);
