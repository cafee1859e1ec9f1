namespace Cms.Search.Searching;

/// <summary>A matching story as the collector ranks it: the document to show (a global doc id), its rank key (best
/// score, or newest publication for date order) and, for ties, the newest translation id.</summary>
internal readonly record struct StoryHit(int Doc, float Score, long Published, long TranslationId);
