namespace Cms.Web.Newsroom.Media;

/// <summary>An upload was refused. <see cref="Exception.Message"/> is plain English meant for the person uploading;
/// <see cref="Code"/> is stable for callers that translate or count.</summary>
internal sealed class MediaValidationException(string code, string message) : Exception(message)
{
    public const string Empty = "empty";
    public const string TooLarge = "too-large";
    public const string UnknownType = "unknown-type";
    public const string BrokenImage = "broken-image";
    public const string BrokenPdf = "broken-pdf";
    public const string TooManyPixels = "too-many-pixels";
    public const string AltText = "alt-text";
    public const string Caption = "caption";
    public const string Credit = "credit";

    public string Code { get; } = code;
}
