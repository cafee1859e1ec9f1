using Cms.Web.Content;
using Cms.Web.Data;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Fails every save that would make a story whose key contains "poison" live: a story the scheduler cannot apply.</summary>
internal sealed class PoisonSink : IStoryChangeSink
{
    public Task StoryChangedAsync(Story story, CancellationToken cancellationToken) =>
        story.Key.Contains("poison", StringComparison.Ordinal) && story.Translations.Any(t => t.IsLive)
            ? throw new InvalidOperationException("poisoned story")
            : Task.CompletedTask;
}
