namespace Cms.Web.Infrastructure;

/// <summary>The <c>Cms:Telemetry</c> configuration section: the Prometheus scrape endpoint. OTLP export follows the
/// standard <c>OTEL_EXPORTER_OTLP_*</c> variables.</summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Cms:Telemetry";

    /// <summary>Answer Prometheus scrapes at <c>/metrics</c> (only from this machine and <see cref="ScrapeNetworks"/>).</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>Networks (CIDR, <c>10.0.0.0/8</c>) besides this machine whose clients may read <c>/metrics</c>.</summary>
    public string[] ScrapeNetworks { get; set; } = [];
}
