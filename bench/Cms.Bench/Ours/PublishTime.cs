namespace Cms.Bench.Ours;

/// <summary>One publish, in wall milliseconds: the whole of it, and its parts (analysing the story, applying it to
/// the writer, the near-real-time reopen, and the searches until the story was found); and the CPU time of the publishing thread.</summary>
internal readonly record struct PublishTime(double Total, double Prepare, double Apply, double Refresh, double Search, double Cpu);
