using OpenTelemetry.Resources;

namespace Cms.Web.Operations;

/// <summary>The node's name as the metrics' and logs' <c>service.instance.id</c>.</summary>
internal sealed class NodeResource(CmsNode node) : IResourceDetector
{
    public Resource Detect() => new([new("service.instance.id", node.Name)]);
}
