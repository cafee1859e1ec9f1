using Cms.Web.Data;

namespace Cms.Web.Content;

/// <summary>Told about every saved story inside the saving transaction, so what records the change (the change log)
/// commits with it.</summary>
internal interface IStoryChangeSink
{
    Task StoryChangedAsync(Story story, CancellationToken cancellationToken);
}
