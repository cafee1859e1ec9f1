namespace Cms.Web;

/// <summary>Marker for the UI strings in <c>Resources/SharedResource.*.resx</c>.</summary>
#pragma warning disable CA1812 // used only as a type argument of IStringLocalizer
internal sealed class SharedResource
{
}
#pragma warning restore CA1812
