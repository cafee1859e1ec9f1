using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Infrastructure;

/// <summary>The <c>Cms:Health</c> configuration section: when <c>/readyz</c> says this node may take requests.</summary>
internal sealed class HealthOptions
{
    public const string Section = "Cms:Health";

    /// <summary>Change-log entries this node's search index may lag behind the log and still count as ready.</summary>
    [Range(0, 1_000_000_000)]
    public long MaxIndexLag { get; set; } = 100;
}
