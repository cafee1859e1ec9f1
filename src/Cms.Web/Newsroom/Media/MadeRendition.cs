using Cms.Web.Data;

namespace Cms.Web.Newsroom.Media;

/// <summary>A rendition as made: the row that records it and its bytes, saved together (<see cref="MediaFiles.AddRenditions"/>).</summary>
internal sealed record MadeRendition(MediaRendition Record, byte[] Content);
