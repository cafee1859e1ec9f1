using Cms.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cms.Bench.Profiling;

/// <summary>
/// A hit's other translations found without a query, as the index layout allows: a story's translations are one
/// block of adjacent documents in one segment, so they are the hit's live neighbours with the same story ordinal.
/// Measured beside the engine's story-key query to show what that would save.
/// </summary>
internal static class AdjacentTranslations
{
    public static List<(string Language, string Slug)> Of(IList<AtomicReaderContext> leaves, int globalDoc)
    {
        var leaf = leaves[ReaderUtil.SubIndex(globalDoc, leaves)];
        var reader = leaf.AtomicReader;
        var doc = globalDoc - leaf.DocBase;
        var story = reader.GetSortedDocValues(SearchFields.StoryKey);
        var language = reader.GetSortedDocValues(SearchFields.Language);
        var slug = reader.GetBinaryDocValues(SearchFields.Slug);
        var live = reader.LiveDocs;
        var ord = story.GetOrd(doc);
        var found = new List<(string Language, string Slug)>();
        var scratch = new BytesRef();
        for (var step = -1; step <= 1; step += 2)
        {
            for (var other = doc + step; other >= 0 && other < reader.MaxDoc && story.GetOrd(other) == ord; other += step)
            {
                if (live is null || live.Get(other))
                {
                    language.Get(other, scratch);
                    var lang = scratch.Utf8ToString();
                    slug.Get(other, scratch);
                    found.Add((lang, scratch.Utf8ToString()));
                }
            }
        }

        return found;
    }
}
