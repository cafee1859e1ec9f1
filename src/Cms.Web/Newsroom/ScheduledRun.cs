namespace Cms.Web.Newsroom;

/// <summary>One pass of the scheduler: the stories whose due changes it applied, those that failed, and when the next
/// change is due.</summary>
internal sealed record ScheduledRun(int Applied, int Failed, DateTime? Next);
