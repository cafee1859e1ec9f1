using Cms.Web.Data;
using Cms.Web.Newsroom;

namespace Cms.Web.Pages.Manager.Stories;

/// <summary>What one column of the editor shows: the text to edit (typed, unpublished or saved), and where it stands.</summary>
/// <param name="Text">The text in the form: what was typed when a save failed, else the working text.</param>
/// <param name="Original">The fingerprint of the text the form was opened with.</param>
/// <param name="PendingDiffHtml">Unpublished changes against the published text, as HTML; null when there are none.</param>
internal sealed record EditorColumnView(
    string Language,
    Translation? Translation,
    TranslationEdit? Text,
    int? Version,
    string? Original,
    TranslationRevision? Pending,
    MatrixCell Cell,
    string? PendingDiffHtml,
    string? SourceDiffHtml);
