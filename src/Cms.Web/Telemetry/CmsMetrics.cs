using System.Diagnostics.Metrics;
using Cms.Web.Newsroom;
using Cms.Web.Operations;

namespace Cms.Web.Telemetry;

/// <summary>
/// The site's own instruments, on the meter <see cref="MeterName"/> (besides ASP.NET Core's request rate and latency
/// and the runtime's): the publishing scheduler's passes and the stories it applied, and the search index's lag behind
/// the change log. Exported at <c>/metrics</c> and, when configured, over OTLP.
/// </summary>
internal sealed class CmsMetrics
{
    public const string MeterName = "Cms.Web";

    private readonly Counter<long> schedulerRuns;
    private readonly Counter<long> scheduledStories;
    private readonly IndexLag indexLag;

    public CmsMetrics(IMeterFactory meters, IndexLag indexLag)
    {
        this.indexLag = indexLag;
        var meter = meters.Create(MeterName);
        schedulerRuns = meter.CreateCounter<long>(
            "cms.scheduler.runs", "{run}", "Passes of the publishing scheduler over the due publications and unpublications.");
        scheduledStories = meter.CreateCounter<long>(
            "cms.scheduler.stories", "{story}", "Stories whose due publications or unpublications the scheduler applied (outcome=applied) or failed to apply (outcome=failed).");
        meter.CreateObservableGauge(
            "cms.search.index.lag", ObserveIndexLag, "{entry}", "Change-log entries this process's search index has not applied yet.");
    }

    public void SchedulerRan(ScheduledRun run)
    {
        schedulerRuns.Add(1);
        if (run.Applied > 0)
        {
            scheduledStories.Add(run.Applied, new KeyValuePair<string, object?>("outcome", "applied"));
        }

        if (run.Failed > 0)
        {
            scheduledStories.Add(run.Failed, new KeyValuePair<string, object?>("outcome", "failed"));
        }
    }

    private IEnumerable<Measurement<long>> ObserveIndexLag() =>
        indexLag.Measure() is { } lag ? [new Measurement<long>(lag)] : [];
}
