using Cms.Web.Data;

namespace Cms.Web.Pages.Lang;

/// <summary>A public story as related-story scoring sees it: when it was first published and the terms it refers to.</summary>
internal sealed record StoryTermRow(DateTime Published, (Vocabulary Vocabulary, string Key)[] Terms);
