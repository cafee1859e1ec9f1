namespace Cms.Web.Newsroom.Media;

/// <summary>What <see cref="MediaInspector"/> found in an upload. <see cref="Extension"/> has its dot (".png");
/// width and height are null for a PDF.</summary>
internal sealed record MediaInspection(MediaKind Kind, string ContentType, string Extension, int? Width, int? Height);
