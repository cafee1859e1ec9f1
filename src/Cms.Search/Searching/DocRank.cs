namespace Cms.Search.Searching;

/// <summary>What ranks a document among its story's translations and a story among the best: its publication (for
/// date order) and its translation id (ties). Read only when a story competes; see <see cref="DocFact"/>.</summary>
internal readonly record struct DocRank(long Published, long TranslationId);
