namespace Cms.Web.Newsroom.Media;

/// <summary>An accepted upload as it is to be stored: what it is and the bytes to write.</summary>
internal sealed record PreparedUpload(MediaInspection Inspection, byte[] Content);
